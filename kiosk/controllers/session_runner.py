"""The resident's video session on the kiosk's network loop: SessionFlow asks, follows the
queue, joins, follows the call (the staff's text line, the end), reconnects after a drop,
leaves and rates. Nothing here runs on the UI thread; what the screens need comes back
through queued Qt signals, and the newest remote frame is read from `remote` (thread-safe).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from api_client.client import CentralClient, CentralError
from api_client.outbox.delivery import OutboxDelivery
from api_client.schemas.sessions import IdentifiedBy, Language, SessionKind, SessionRating
from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame, Pixels
from kiosk.controllers.session_reproof import Reproofs
from kiosk.net.agreement import CentralAgreementLink
from kiosk.net.documents import CentralDocumentLink
from kiosk.net.loop import NetworkThread
from kiosk.qt import QObject, Signal
from remote_sessions.errors import CallError
from remote_sessions.received import RemoteMedia
from remote_sessions.state import CallState

if TYPE_CHECKING:  # aiortc and PyAV are imported with the first call, not at start-up
    from api_client.outbox.store import OutboxStore
    from kiosk.controllers.mediation_runner import MediationRunner
    from kiosk.controllers.session_microphone import MicrophoneMailbox
    from kiosk.controllers.session_speaker import CallSpeaker
    from remote_sessions.session_flow import SessionFlow
    from remote_sessions.tracks import PcmTrack, ToneTrack
    from remote_sessions.videoroom import VideoRoomClient

log = logging.getLogger(__name__)
CAMERA_LANE = "video-call"  # the one consumer the call hangs on the camera's frame pipeline
OUT_SIZE = (640, 480)
OUT_FPS = 15.0


@dataclass(frozen=True)
class SessionAsk:
    tracking: str
    kind: SessionKind
    identified_by: IdentifiedBy
    language: Language
    subject_masked: str = ""  # the document number masked, for the start proof (issue 17)


@dataclass(frozen=True)
class RunnerTimes:
    """How long to wait in the queue (the central service ends a session waited past its own
    limit first), how often to look at the session during the call, and how a dropped call
    is retried (aiortc has no ICE restart: each try is a new peer connection)."""

    queue_limit_s: float = 4 * 3600.0
    poll_s: float = 1.0
    stall_s: float = 3.0
    connect_timeout_s: float = 30.0
    reconnect_tries: int = 5
    reconnect_pause_s: float = 2.0


class _Signals(QObject):
    status = Signal(object)  # SessionStatus
    call = Signal(object)  # CallState
    over = Signal(str)  # "ended", "left", "unavailable", "failed", "offline", "mediation"
    reproof = Signal()  # a notarisation call dropped: identity again before it resumes
    proved = Signal(bool)  # the re-proof reached the central service (False: try again)


class CameraMailbox:
    """The newest camera frame, written by the pipeline's worker and read by the outgoing
    video track (network loop) and the small self-view (UI thread): one consumer on the
    device layer's pipeline, never a second open of the camera."""

    def __init__(self, frames: Callable[[], FramePipeline] | None) -> None:
        self._frames = frames
        self._pipeline: FramePipeline | None = None
        self._lock = threading.Lock()
        self._latest: Frame | None = None

    def start(self) -> bool:
        if self._pipeline is not None or self._frames is None:
            return self._pipeline is not None
        try:
            pipeline = self._frames()
        except RuntimeError as err:  # no camera: the call goes on with a grey picture
            log.warning("no camera for the call: %s", type(err).__name__)
            return False
        pipeline.add_analyser(CAMERA_LANE, self._keep)
        self._pipeline = pipeline
        return True

    def stop(self) -> None:
        if self._pipeline is not None:
            self._pipeline.remove(CAMERA_LANE)
        self._pipeline = None
        with self._lock:
            self._latest = None

    def _keep(self, frame: Frame) -> None:
        with self._lock:
            self._latest = frame

    def latest(self) -> Frame | None:
        with self._lock:
            return self._latest

    def pixels(self) -> Pixels | None:
        frame = self.latest()
        return None if frame is None else frame.pixels


class SessionRunner:
    """One session at a time; `start`, `leave` and `rate` are called on the UI thread and
    hand their work to the network loop."""

    def __init__(
        self,
        network: Callable[[], NetworkThread],
        url: str,
        token: str | None,
        camera: CameraMailbox,
        ca_file: Path | None = None,
        outbox: Callable[[], OutboxStore] | None = None,
        times: RunnerTimes | None = None,
        microphone: MicrophoneMailbox | None = None,
        relay_only: bool = False,
        speaker: CallSpeaker | None = None,
    ) -> None:
        """`relay_only`: every candidate through the TURN relay (a terminal behind a strict
        firewall; tests prove the relay path with it)."""
        self.signals = _Signals()
        self._network = network
        self._url = url
        self._token = token
        self._ca_file = ca_file
        self.camera = camera
        self._outbox = outbox
        self.times = times or RunnerTimes()
        self.microphone = microphone
        self.speaker = speaker  # plays what the staff member says through the audio port
        self.relay_only = relay_only
        self._flow: SessionFlow | None = None
        self._task: asyncio.Task[None] | None = None
        self._running = False
        self._generation = 0
        self.session_id: str | None = None
        self.reproofs = Reproofs(
            network, self._client, self.signals, lambda: self.session_id, self.times.poll_s
        )

    @property
    def busy(self) -> bool:
        """A session is being asked for, waited on, called or wound up (any thread)."""
        return self._running

    @property
    def remote(self) -> RemoteMedia | None:
        """What the other side sends (any thread may read it)."""
        flow = self._flow
        call = flow.call if flow is not None else None
        return call.remote if call is not None else None

    def _audio_track(self) -> PcmTrack | ToneTrack:
        from remote_sessions.tracks import PcmTrack, ToneTrack

        if self.microphone is not None and self.microphone.start():
            return PcmTrack(self.microphone.take)
        return ToneTrack(level=0.0)  # no microphone: silence

    def _hear(self, flow: SessionFlow) -> None:
        """From the call's first state on, its received audio goes to the loudspeaker (the
        same RemoteMedia stays through reconnects)."""
        call = flow.call
        if self.speaker is None or call is None or not self.speaker.start():
            return
        call.remote.tap_audio(self.speaker.put)

    @property
    def call(self) -> VideoRoomClient | None:
        """The call's client while there is one (a test harness reads its sockets)."""
        flow = self._flow
        return flow.call if flow is not None else None

    def start(self, ask: SessionAsk) -> None:
        self._flow, self.session_id = None, None
        self._generation += 1  # what an earlier session still says is not shown any more
        if self._token is None:
            self.signals.over.emit("offline")
            return
        try:
            self._network().submit(self._run(ask))
        except RuntimeError:  # the network thread is not running
            self.signals.over.emit("offline")

    def leave(self) -> None:
        """The resident leaves the queue or ends the call."""
        try:
            self._network().submit(self._leave())
        except RuntimeError:
            return

    def rate(self, score: int) -> None:
        if self.session_id is None or self._token is None:
            return
        try:
            self._network().submit(self._rate(self.session_id, score))
        except RuntimeError:
            return

    def document_link(self) -> CentralDocumentLink:
        """The pushed document's calls, on this runner's loop and with its token."""
        return CentralDocumentLink(self._network, self._client)

    def agreement_link(self) -> CentralAgreementLink:
        """The mediation agreement's calls, on this runner's loop and with its token."""
        return CentralAgreementLink(self._network, self._client)

    def mediation_runner(self) -> MediationRunner:
        """A mediation call on this runner's loop, token, camera, microphone and speaker."""
        from kiosk.controllers.mediation_runner import MediationRunner

        return MediationRunner(
            self._network,
            self._client,
            self.camera,
            self.microphone,
            self.speaker,
            self.relay_only,
            self.times.poll_s,
        )

    def _client(self) -> CentralClient:
        assert self._token is not None
        return CentralClient(self._url, self._token, timeout_s=10.0, ca_file=self._ca_file)

    async def _run(self, ask: SessionAsk) -> None:
        from remote_sessions.session_flow import SessionEnded, SessionFlow
        from remote_sessions.tracks import FrameSourceTrack

        self._running = True
        self._task = asyncio.current_task()
        signals, times, generation = self.signals, self.times, self._generation

        def current() -> bool:
            return generation == self._generation

        async with self._client() as central:
            flow = SessionFlow(
                central,
                lambda: FrameSourceTrack(self.camera.pixels, OUT_FPS, OUT_SIZE),
                self._audio_track,  # the audio port's microphone
                deliver_pending=self._deliver_pending,
                on_status=lambda status: signals.status.emit(status) if current() else None,
                on_call=lambda state: self._on_call(flow, state) if current() else None,
                relay_only=self.relay_only,
                poll_s=times.poll_s,
                stall_s=times.stall_s,
            )
            self._flow = flow
            outcome = "failed"
            self.reproofs.kind, self.reproofs.identified_by = ask.kind, ask.identified_by
            try:
                await flow.ask(ask.tracking, ask.kind, ask.identified_by, ask.language)
                if current():
                    self.session_id = flow.session_id
                await self.reproofs.report_start(central, flow.session_id, ask.subject_masked)
                grant = await flow.wait_for_staff(times.queue_limit_s)
                if ask.kind == "mediation":
                    # a call of several parties and rooms: MediationRunner follows it from
                    # the mediation state; this session stays open for it
                    outcome = "mediation"
                else:
                    await flow.join(grant, times.connect_timeout_s)
                    outcome = await self._follow(flow, central)
            except SessionEnded as ended:
                outcome = "unavailable" if ended.status.unavailable else "left"
            except (CentralError, TimeoutError) as err:
                log.warning("the video session stopped: %s", type(err).__name__)
                outcome = "offline"
            except CallError as err:
                log.warning("the call could not be set up: %s", type(err).__name__)
            except asyncio.CancelledError:
                outcome = "left"
                self._release()
                await self._quietly(flow.leave())
            finally:
                self._release()  # from here on a "leave" has nothing to cancel
                if outcome not in ("left", "mediation"):
                    await self._quietly(flow.finish())
                if self.microphone is not None and current():  # not a newer session's
                    await asyncio.to_thread(self.microphone.stop)
                if self.speaker is not None and current():
                    if flow.call is not None:
                        flow.call.remote.tap_audio(None)
                    await asyncio.to_thread(self.speaker.stop)
        if current():
            self._running = False
            signals.over.emit(outcome)

    def _on_call(self, flow: SessionFlow, state: CallState) -> None:
        self._hear(flow)
        self.signals.call.emit(state)

    async def _deliver_pending(self) -> None:
        """The request the session is for may still wait in the outbox: deliver it first."""
        if self._outbox is None:
            return
        store = self._outbox()
        async with self._client() as central:
            await OutboxDelivery(store, central, time.time).deliver_due()

    def _release(self) -> None:
        if self._task is asyncio.current_task():
            self._task = None

    async def _follow(self, flow: SessionFlow, central: CentralClient) -> str:
        """Until the session ends: show the staff's text line, notice the end, bring a
        dropped call back."""
        from remote_sessions.session_flow import OVER

        call, times = flow.call, self.times
        assert call is not None
        failures = 0
        while True:
            status = await central.session_status(flow.session_id)
            flow.status = status
            if self._flow is flow:
                self.signals.status.emit(status)
            if status.state in OVER:
                return "ended" if status.state in ("completing", "completed") else "failed"
            if call.state is CallState.INTERRUPTED or call.state is CallState.FAILED:
                if not await self.reproofs.before_resuming(flow, central):
                    continue  # the session ended meanwhile: the next look says so
                await asyncio.sleep(times.reconnect_pause_s)  # let the path come back
                try:
                    await flow.reconnect()
                    failures = 0
                except CallError as err:
                    failures += 1
                    log.warning("reconnect %d failed: %s", failures, type(err).__name__)
                    if failures >= times.reconnect_tries:
                        return "failed"
                continue
            self.reproofs.back_in_call()
            await asyncio.sleep(times.poll_s)  # the pace of polling, not a synchronisation

    async def _leave(self) -> None:
        task = self._task
        if task is not None:
            task.cancel()

    async def _rate(self, session_id: str, score: int) -> None:
        try:
            async with self._client() as central:
                await central.rate_session(session_id, SessionRating(score=score))
        except CentralError as err:  # a lost rating must not keep the resident waiting
            log.warning("the call's rating was not sent: %s", type(err).__name__)

    @staticmethod
    async def _quietly(step: Awaitable[object]) -> None:
        try:
            await step
        except (CentralError, CallError, RuntimeError) as err:  # RuntimeError: left before asked
            log.warning("a session step failed on the way out: %s", type(err).__name__)
