"""The terminal's mediation call on the kiosk's network loop (issue 18): MediationCall follows
the participant's state (the main room, the side room during a side talk, nothing once
removed), publishing the camera's frames (the device layer's pipeline, never a second open) and
the microphone, and playing what it receives through the loudspeaker.

`start` and `stop` are called on the UI thread; every state comes back through a queued Qt
signal (the state itself is polled by the controller and handed to `follow`), and the
newest picture of each participant is read with `pictures()` (thread-safe).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from api_client.client import CentralClient, CentralError
from api_client.mediation import Mediation
from kiosk.net.loop import NetworkThread
from kiosk.qt import QObject, Signal
from remote_sessions.errors import CallError

if TYPE_CHECKING:  # aiortc and PyAV are imported with the first call, not at start-up
    from api_client.schemas.mediation import MediationState
    from kiosk.controllers.session_microphone import MicrophoneMailbox
    from kiosk.controllers.session_runner import CameraMailbox
    from kiosk.controllers.session_speaker import CallSpeaker
    from remote_sessions.mediation_call import MediationCall
    from remote_sessions.received import RemoteFrame
    from remote_sessions.tracks import PcmTrack, ToneTrack

log = logging.getLogger(__name__)
OUT_SIZE = (640, 480)
OUT_FPS = 15.0


class _Signals(QObject):
    over = Signal(str)  # "removed", "ended", "left", "offline", "failed"


class MediationRunner:
    """One mediation call at a time."""

    def __init__(
        self,
        network: Callable[[], NetworkThread],
        client: Callable[[], CentralClient],
        camera: CameraMailbox,
        microphone: MicrophoneMailbox | None = None,
        speaker: CallSpeaker | None = None,
        relay_only: bool = False,
        poll_s: float = 1.0,
    ) -> None:
        self.signals = _Signals()
        self._network = network
        self._client = client
        self.camera = camera
        self.microphone = microphone
        self.speaker = speaker
        self.relay_only = relay_only
        self.poll_s = poll_s
        self.call: MediationCall | None = None
        self._task: asyncio.Task[None] | None = None
        self._generation = 0
        self._following = False

    def start(self, session_id: str) -> None:
        """Join `session_id`'s mediation; the camera's frames start here, on the UI thread, as
        for the one-to-one call (the controller stops them when the journey ends)."""
        self._generation += 1  # what an earlier call still says is not shown any more
        self.camera.start()
        try:
            self._network().submit(self._run(session_id, self._generation))
        except RuntimeError:  # the network thread is not running
            self.signals.over.emit("offline")

    def stop(self) -> None:
        """The resident leaves, or the journey ended: leave every room."""
        self._generation += 1
        try:
            self._network().submit(self._cancel())
        except RuntimeError:
            return

    def pictures(self) -> dict[str, RemoteFrame]:
        """The newest picture of each other participant, by participant id."""
        call = self.call
        return call.pictures() if call is not None else {}

    async def _cancel(self) -> None:
        task = self._task
        if task is not None:
            task.cancel()

    def _audio_track(self) -> PcmTrack | ToneTrack:
        from remote_sessions.tracks import PcmTrack, ToneTrack

        if self.microphone is not None and self.microphone.start():
            return PcmTrack(self.microphone.take)
        return ToneTrack(level=0.0)  # no microphone: silence

    def follow(self, state: MediationState) -> None:
        """Join and leave rooms as `state` (the controller's poll) lists them."""
        generation = self._generation
        try:
            self._network().submit(self._follow_state(state, generation))
        except RuntimeError:
            return

    async def _follow_state(self, state: MediationState, generation: int) -> None:
        call = self.call
        if call is None or generation != self._generation or self._following:
            return  # a join still under way: the next poll brings a newer state
        self._following = True
        try:
            await call.follow(state)
        except CallError as err:  # the next state tries the missing room again
            log.warning("a mediation room could not be joined: %s", type(err).__name__)
        finally:
            self._following = False
        if self.speaker is not None:
            for room in call.rooms.values():
                room.remote.tap_audio(self.speaker.put)

    async def _run(self, session_id: str, generation: int) -> None:
        from remote_sessions.mediation_call import MediationCall, videoroom_rooms
        from remote_sessions.tracks import FrameSourceTrack

        self._task = asyncio.current_task()
        if self.speaker is not None:
            self.speaker.start()
        outcome = "failed"
        async with self._client() as central:
            mediation = Mediation(central)
            rooms = videoroom_rooms(
                lambda: FrameSourceTrack(self.camera.pixels, OUT_FPS, OUT_SIZE),
                self._audio_track,
                relay_only=self.relay_only,
            )
            call = MediationCall(
                lambda: mediation.mediation_state(session_id),
                lambda room: mediation.mediation_grant(session_id, room),
                rooms,
            )
            self.call = call
            try:
                outcome = await self._watch(call, central, session_id)
            except asyncio.CancelledError:
                outcome = "left"
            finally:
                if self.call is call:
                    self.call = None
                await call.close()
                self._task = None
                await asyncio.to_thread(self._release)
        if generation == self._generation:
            self.signals.over.emit(outcome)

    async def _watch(self, call: MediationCall, central: CentralClient, session_id: str) -> str:
        """Until removed or the session is over (the mediation state route refuses a session
        that ended, which a poll takes for a missed one)."""
        from remote_sessions.session_flow import OVER

        while not call.removed:
            await asyncio.sleep(self.poll_s)  # the pace of polling, not a synchronisation
            try:
                status = await central.session_status(session_id)
            except CentralError as err:  # a missed look: the next one tries again
                log.warning("the session could not be looked at: %s", type(err).__name__)
                continue
            if status.state in OVER:
                return "ended"
        return "removed"

    def _release(self) -> None:
        if self.microphone is not None:
            self.microphone.stop()
        if self.speaker is not None:
            self.speaker.stop()
