"""Report device status to the central service at a steady interval; track reachability."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from api_client.client import CentralClient, CentralRejected, CentralUnreachable
from api_client.schemas import DeviceState, Heartbeat, HeartbeatAck
from kiosk.flows.connectivity import Link
from kiosk.net.terminal_health import HealthFigures

log = logging.getLogger(__name__)

StatesSource = Callable[[], list[DeviceState]]
LinkListener = Callable[[Link], None]
AckListener = Callable[[CentralClient, HeartbeatAck], Awaitable[None]]
HealthSource = Callable[[], HealthFigures]


class HeartbeatService:
    """Runs on the network thread; tells `on_link` whenever reachability changes.

    A heartbeat that fails is not retried faster than the interval: the strip says
    "offline" within one interval of the service going away, and back within one interval of
    its return.
    """

    def __init__(
        self,
        central_url: str,
        token: str | None,
        interval_s: float,
        states: StatesSource,
        on_link: LinkListener,
        ca_file: Path | None = None,
        on_ack: AckListener | None = None,
        health: HealthSource | None = None,
    ) -> None:
        self._url = central_url
        self._token = token
        self._interval_s = interval_s
        self._states = states
        self._on_link = on_link
        self._link: Link | None = None
        self._ca_file = ca_file
        self._on_ack = on_ack
        self._health = health

    def _set(self, link: Link) -> None:
        if link is not self._link:
            self._link = link
            log.info("central service link: %s", link.value)
            self._on_link(link)

    async def run(self) -> None:
        if self._token is None:
            self._set(Link.NOT_ENROLLED)
            return
        self._set(Link.CONNECTING)
        timeout = min(5.0, self._interval_s * 0.8)
        async with CentralClient(
            self._url, self._token, timeout_s=timeout, ca_file=self._ca_file
        ) as client:
            while True:
                await self.beat_once(client)
                await asyncio.sleep(self._interval_s)

    async def beat_once(self, client: CentralClient) -> None:
        figures = HealthFigures(None, None) if self._health is None else self._health()
        beat = Heartbeat(
            sent_at=datetime.now(UTC),
            app_version=version("lexkiosk"),
            devices=self._states(),
            outbox_backlog=figures.outbox_backlog,
            disk_free_percent=figures.disk_free_percent,
        )
        try:
            ack = await client.heartbeat(beat)
        except CentralUnreachable:
            self._set(Link.OFFLINE)
        except CentralRejected as err:
            log.warning("heartbeat refused: %s", err.status_code)
            self._set(Link.REJECTED if err.status_code in (401, 403) else Link.OFFLINE)
        else:
            self._set(Link.CONNECTED)
            if self._on_ack is not None:
                await self._on_ack(client, ack)
