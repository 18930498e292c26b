"""The kiosk's side of a video session, without Qt: deliver what waits in the outbox, ask
for the session, follow the queue position and the estimated wait, fetch the grant once
staff start the call, join with the VideoRoom client and tell the central service what the
call does (joined, dropped, reconnecting, failed), leave, rate.

Run it on the kiosk's network loop; the screen listens through `on_status` and `on_call`.

Waiting for staff is polled (`poll_s`, passed in): the central service's events WebSocket does
carry a terminal's queue changes, but the kiosk has no client for it yet, and a poll survives
a dropped connection and a restarted service without resubscribing; one small GET a second
per waiting kiosk is far below what one worker serves. A drop is reconnected with bounded
retries and backoff before the call is given up as failed, and a report that does not reach
the central service is sent again (in order) until it does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from api_client.client import CentralClient, CentralError, CentralRejected
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
REPORT_BACKOFF_MAX_S = 10.0
REPORT_DRAIN_S = 10.0
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
        reconnect_attempts: int = 3,
        backoff_s: float = 1.0,
    ) -> None:
        """`reconnect_attempts` tries after a drop, waiting `backoff_s`, then twice that, ...
        between them; undelivered reports are sent again on the same backoff (capped at
        REPORT_BACKOFF_MAX_S)."""
        if reconnect_attempts < 1:
            raise ValueError("reconnect_attempts must be at least 1")
        self._central = central
        self._video = video
        self._audio = audio
        self._deliver_pending = deliver_pending
        self._on_status = on_status
        self._on_call = on_call
        self._relay_only = relay_only
        self._poll_s = poll_s
        self._stall_s = stall_s  # no remote picture this long: the call is interrupted
        self._reconnect_attempts = reconnect_attempts
        self._backoff_s = backoff_s
        self._retrying = False  # a failed attempt that will be retried is not reported
        self._held_failure = False  # ... and is said once no attempt is left
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
            renew=self._fresh_grant,
        )
        self.call = call
        await call.start()
        return call

    async def _fresh_grant(self) -> JoinGrant:
        grant = await self._central.session_grant(self.session_id)
        return JoinGrant.from_dict(grant.model_dump())

    async def reconnect(self) -> None:
        """After a drop: a new peer connection on a new Janus session (aiortc has no ICE
        restart) with a fresh grant (its TURN credential is short-lived). A failed attempt is
        tried again, up to `reconnect_attempts` with backoff; only the last failure gives the
        call up as failed (reported once). A refused grant (the session ended) is not retried.
        Raises CallError, or CentralError when the grant could not be had."""
        call = self.call
        if call is None:
            raise RuntimeError("not in a call")
        for attempt in range(self._reconnect_attempts):
            last = attempt == self._reconnect_attempts - 1
            self._retrying = not last
            try:
                grant = await self._central.session_grant(self.session_id)
                call.grant = JoinGrant.from_dict(grant.model_dump())
                await call.reconnect()
                return
            except CentralRejected as err:
                if not _transient(err):
                    await self._give_up(call, f"the call could not be rejoined: {err.detail}")
                    raise
                log.info(
                    "reconnect attempt %d: the central service answered %d",
                    attempt + 1,
                    err.status_code,
                )
                if last:
                    await self._give_up(call, str(err))
                    raise
            except (CallError, CentralError) as err:
                log.info("reconnect attempt %d failed: %s", attempt + 1, err)
                if last:
                    await self._give_up(call, str(err))
                    raise
            finally:
                self._retrying = False
            await asyncio.sleep(self._backoff_s * 2**attempt)  # backoff, not synchronisation

    async def _give_up(self, call: VideoRoomClient, why: str) -> None:
        self._retrying = False
        held, self._held_failure = self._held_failure, False
        already_failed = call.state is CallState.FAILED
        await call.give_up(why)
        if held and already_failed:
            self._call_changed(CallState.FAILED)  # the failure held back for a retry is final

    def _call_changed(self, state: CallState) -> None:
        if state is CallState.FAILED and self._retrying:
            self._held_failure = True
            return  # another attempt follows
        self._held_failure = False
        event = _REPORTED.get(state)
        if event is not None:
            self._reports.put_nowait(event)
        if self._on_call is not None:
            self._on_call(state)

    async def _report_loop(self) -> None:
        while True:
            event = await self._reports.get()
            try:
                await self._deliver(event)
            finally:
                self._reports.task_done()

    async def _deliver(self, event: CallEvent) -> None:
        """Send one report until it arrives (the later ones wait, so the order holds); a
        refusal is final: the session moved on meanwhile."""
        wait_s = self._backoff_s
        while True:
            try:
                self._show(
                    await self._central.report_call(self.session_id, CallReport(event=event))
                )
                return
            except CentralRejected as err:
                if not _transient(err):
                    log.warning("the call report %s was refused: %s", event, err.detail)
                    return
                log.warning(
                    "the call report %s: the service answered %d; again", event, err.status_code
                )
            except CentralError as err:
                log.warning("the call report %s did not arrive (%s); again", event, err)
            await asyncio.sleep(wait_s)  # backoff, not synchronisation
            wait_s = min(wait_s * 2, REPORT_BACKOFF_MAX_S)

    async def reported(self) -> None:
        """Wait until every call change so far has been reported."""
        await self._reports.join()

    async def _drain_reports(self) -> None:
        """At hang-up: give the queued reports `REPORT_DRAIN_S` to arrive, then stop trying
        (the central service's own timeouts end a session nobody reports on)."""
        try:
            async with asyncio.timeout(REPORT_DRAIN_S):
                await self._reports.join()
        except TimeoutError:
            log.warning("call reports still undelivered at hang-up were given up")

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
        await self._drain_reports()
        if self._reporter is not None:
            self._reporter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reporter
            self._reporter = None


def _transient(err: CentralRejected) -> bool:
    """A 5xx (a proxy in front of a restarting service) is worth another try; a 4xx is not."""
    return err.status_code >= 500
