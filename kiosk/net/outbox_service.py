"""Runs outbox delivery on the network thread and reports progress for the status strip."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

from api_client.client import CentralClient
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.store import OutboxStatus, OutboxStore

log = logging.getLogger(__name__)

StatusListener = Callable[[OutboxStatus], None]


class OutboxService:
    """Delivers what is due every `poll_s` seconds, and at once when `wake()` is called
    (a resident just submitted something)."""

    def __init__(
        self,
        store: OutboxStore,
        central_url: str,
        token: str,
        on_status: StatusListener,
        poll_s: float = 2.0,
        ca_file: Path | None = None,
    ) -> None:
        self._store = store
        self._url = central_url
        self._token = token
        self._on_status = on_status
        self._poll_s = poll_s
        self._ca_file = ca_file
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def wake(self) -> None:
        """Thread-safe: ask for a delivery round now."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        async with CentralClient(
            self._url, self._token, timeout_s=10.0, ca_file=self._ca_file
        ) as client:
            delivery = OutboxDelivery(self._store, client, time.time)
            while True:
                sent = await delivery.deliver_due()
                if sent:
                    log.info("outbox: %d item(s) confirmed by the central service", sent)
                self._on_status(self._store.status(time.time()))
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._poll_s)
