"""Terminal events for the central journal (a technician's entry, a crash loop), queued in the
outbox like every submission, so they are journaled even when the terminal is offline now."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from api_client.outbox.store import OutboxStore
from api_client.schemas import TerminalEventName, TerminalEventPayload
from kiosk.flows.applicant import outbox_item

log = logging.getLogger(__name__)


def queue_event(
    store: OutboxStore, event: TerminalEventName, technician: str = "", detail: str = ""
) -> str:
    """Put the event in the outbox; returns the item's tracking number."""
    payload = TerminalEventPayload(event=event, technician=technician, detail=detail)
    item = store.add("terminal_event", outbox_item(payload))
    log.info("terminal event %s queued", event)
    return item.tracking_number


def deliver_now(store: OutboxStore, central_url: str, token: str, ca_file: Path | None) -> int:
    """One delivery round from outside the shell (the crash-loop reporter); returns how many
    items the central service confirmed (0 when it is unreachable: they wait)."""
    from api_client.client import CentralClient
    from api_client.outbox.delivery import OutboxDelivery

    async def round_() -> int:
        async with CentralClient(central_url, token, timeout_s=10.0, ca_file=ca_file) as client:
            return await OutboxDelivery(store, client, time.time).deliver_due()

    return asyncio.run(round_())
