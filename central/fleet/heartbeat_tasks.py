"""The heartbeat background work of one worker: flush, reload hints, follow token changes.

At start: fill the token cache. About once a second, on a pool thread: write the pending
heartbeat state in one transaction, reload the hints, and drop cached tokens of terminals
that the journal says were revoked, re-enrolled or rotated since the last look (by any
process: other workers, the CLI). At shutdown: one last flush.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from central.fleet.heartbeats import HeartbeatService
from central.models import JournalEntry

log = logging.getLogger(__name__)
TOKEN_ACTIONS = ("kiosk.revoke", "kiosk.enrol", "kiosk.rotate_token")


class JournalFollower:
    """Terminal ids whose tokens changed, read from journal entries newer than the last look."""

    def __init__(self, service: HeartbeatService) -> None:
        self._service = service
        self._last_id: int | None = None

    def poll(self) -> set[str]:
        with self._service.database.session() as session:
            if self._last_id is None:
                self._last_id = session.scalar(select(func.max(JournalEntry.id))) or 0
                return set()
            rows = session.execute(
                select(JournalEntry.id, JournalEntry.subject).where(
                    JournalEntry.id > self._last_id, JournalEntry.action.in_(TOKEN_ACTIONS)
                )
            ).all()
        if rows:
            self._last_id = max(row.id for row in rows)
        return {row.subject.removeprefix("kiosk:") for row in rows}


def tick(service: HeartbeatService, follower: JournalFollower) -> None:
    changed = follower.poll()
    if changed:
        service.devices.forget_terminals(changed)
    service.writer.flush()
    with service.database.session() as session:
        service.hints.reload(session)


class HeartbeatTasks:
    def __init__(self, service: HeartbeatService, interval_s: float) -> None:
        self._service = service
        self._interval_s = interval_s
        self._follower = JournalFollower(service)
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    async def start(self) -> None:
        self._stopping = asyncio.Event()  # bound to the running loop
        await run_in_threadpool(self._follower.poll)  # the journal position to follow from
        await run_in_threadpool(self._service.prewarm)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while not self._stopping.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._interval_s)
                return
            try:
                await run_in_threadpool(tick, self._service, self._follower)
            except Exception:  # the next tick retries; the pending state is kept
                log.exception("heartbeat background work failed")

    async def stop(self) -> None:
        """Let a tick in progress finish (cancelling the await would leave its thread
        running against a database being shut down), then flush one last time."""
        self._stopping.set()
        if self._task is not None:
            await self._task
        await run_in_threadpool(self._service.writer.flush)
