"""The kiosk's side of a video session, without Qt: deliver what waits in the outbox, ask
for the session, follow the queue position and the estimated wait, fetch the grant once
staff start the call, join with the VideoRoom client and tell the central service what the
call does (joined, dropped, reconnecting, failed), leave, rate.

Run it on the kiosk's network loop; the screen listens through `on_status` and `on_call`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from api_client.client import CentralClient, CentralRejected
from api_client.schemas.sessions import (
    CallEvent,
    CallReport,
    GrantOut,
    IdentifiedBy,
    Language,
    SessionKind,
    SessionRating,
    SessionRequest,
    SessionStatus,
)
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.state import CallState
from remote_sessions.videoroom import TrackFactory, VideoRoomClient

log = logging.getLogger(__name__)
StatusListener = Callable[[SessionStatus], None]
CallListener = Callable[[CallState], None]
CALL_STARTED = frozenset({"connecting", "in_call", "interrupted", "reconnecting"})
OVER = frozenset({"completing", "completed", "abandoned", "failed"})
_REPORTED: dict[CallState, CallEvent] = {
    CallState.CONNECTED: "joined",
    CallState.INTERRUPTED: "dropped",
    CallState.RECONNECTING: "reconnecting",
    CallState.FAILED: "failed",
}


class SessionEnded(Exception):
    """The session ended before the call (nobody available, left, waited too long); the
    status says why (`unavailable` carries the plain message and the offers)."""

    def __init__(self, status: SessionStatus) -> None:
        super().__init__(f"the session is {status.state}")
        self.status = status


class SessionFlow:
    """One resident's session from asking to rating."""

    def __init__(
        self,
        central: CentralClient,
        video: TrackFactory,
        audio: TrackFactory,
        deliver_pending: Callable[[], Awaitable[object]] | None = None,
        on_status: StatusListener | None = None,
        on_call: CallListener | None = None,
        relay_only: bool = False,
        poll_s: float = 1.0,
        stall_s: float = 3.0,
    ) -> None:
        self._central = central
        self._video = video
        self._audio = audio
        self._deliver_pending = deliver_pending
        self._on_status = on_status
        self._on_call = on_call
        self._relay_only = relay_only
        self._poll_s = poll_s
        self._stall_s = stall_s  # no remote picture this long: the call is interrupted
        self.status: SessionStatus | None = None
        self.call: VideoRoomClient | None = None
        self._reports: asyncio.Queue[CallEvent] = asyncio.Queue()
        self._reporter: asyncio.Task[None] | None = None

    @property
    def session_id(self) -> str:
        if self.status is None:
            raise RuntimeError("no session asked for yet")
        return self.status.session_id

    def _show(self, status: SessionStatus) -> SessionStatus:
        self.status = status
        if self._on_status is not None:
            self._on_status(status)
        return status

    async def ask(
        self,
        tracking_number: str,
        kind: SessionKind,
        identified_by: IdentifiedBy,
        language: Language = "zh",
    ) -> SessionStatus:
        """Ask for the session (the outbox is drained first, so the request has arrived)."""
        if self._deliver_pending is not None:
            await self._deliver_pending()
        request = SessionRequest(
            tracking_number=tracking_number,
            kind=kind,
            language=language,
            identified_by=identified_by,
        )
        status = self._show(await self._central.request_session(request))
        if status.state in OVER:
            raise SessionEnded(status)
        return status

    async def wait_for_staff(self, timeout_s: float) -> GrantOut:
        """Follow the queue until staff start the call, then fetch the grant. Raises
        SessionEnded when the session ends first, TimeoutError after `timeout_s`."""
        async with asyncio.timeout(timeout_s):
            while True:
                status = self._show(await self._central.session_status(self.session_id))
                if status.state in OVER:
                    raise SessionEnded(status)
                if status.state in CALL_STARTED:
                    return await self._central.session_grant(self.session_id)
                await asyncio.sleep(self._poll_s)  # the pace of polling, not a synchronisation

    async def join(self, grant: GrantOut, connect_timeout_s: float = 30.0) -> VideoRoomClient:
        """Join the room and publish; every change of the call is reported in order."""
        self._reporter = asyncio.create_task(self._report_loop())
        call = VideoRoomClient(
            JoinGrant.from_dict(grant.model_dump()),
            self._video,
            self._audio,
            relay_only=self._relay_only,
            on_state=self._call_changed,
            connect_timeout_s=connect_timeout_s,
            stall_s=self._stall_s,
        )
        self.call = call
        await call.start()
        return call

    async def reconnect(self) -> None:
        """After a drop: a new peer connection on a new Janus session (aiortc has no ICE
        restart); the grant is fetched again, in case the old one is close to its end."""
        if self.call is None:
            raise RuntimeError("not in a call")
        grant = await self._central.session_grant(self.session_id)
        self.call.grant = JoinGrant.from_dict(grant.model_dump())
        await self.call.reconnect()

    def _call_changed(self, state: CallState) -> None:
        event = _REPORTED.get(state)
        if event is not None:
            self._reports.put_nowait(event)
        if self._on_call is not None:
            self._on_call(state)

    async def _report_loop(self) -> None:
        while True:
            event = await self._reports.get()
            try:
                self._show(
                    await self._central.report_call(self.session_id, CallReport(event=event))
                )
            except CentralRejected as err:
                log.warning("the call report %s was refused: %s", event, err.detail)
            except Exception as err:  # the screen keeps working; the next report may pass
                log.warning("the call report %s did not arrive: %s", event, type(err).__name__)
            finally:
                self._reports.task_done()

    async def reported(self) -> None:
        """Wait until every call change so far has been reported."""
        await self._reports.join()

    async def leave(self) -> SessionStatus:
        await self._hang_up()
        return self._show(await self._central.leave_session(self.session_id))

    async def finish(self) -> None:
        """Staff ended the call: hang up and stop reporting."""
        await self._hang_up()

    async def rate(self, score: int) -> None:
        await self._central.rate_session(self.session_id, SessionRating(score=score))

    async def _hang_up(self) -> None:
        if self.call is not None:
            with contextlib.suppress(CallError):
                await self.call.close()
        await self.reported()
        if self._reporter is not None:
            self._reporter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reporter
            self._reporter = None
