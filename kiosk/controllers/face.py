"""The face check wired to the camera and the matcher: runs each try off the UI thread.

The matcher (dlib, about a second to load) is built on first use, on a worker thread, and
kept for the process. A frame, the reference photo and the verdict never reach a log line;
only the outcome does.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from devices.camera.port import Camera, Frame
from devices.face.images import decode_image
from devices.face.match import FaceMatcher
from kiosk.camera_feed import CameraFeed
from kiosk.controllers.context import Voice, online
from kiosk.flows.face_check import NO_REFERENCE, OUTCOME_TEXT, FaceCheck, FaceOutcome
from kiosk.flows.journey import FACE_CHECK, Journey
from kiosk.qt import QCoreApplication
from kiosk.screens.face_check import FaceCheckScreen
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from devices.camera.pipeline import FramePipeline

log = logging.getLogger(__name__)
FRAME_WAIT_S = 3.0


@dataclass(frozen=True)
class FaceContext:
    screen: FaceCheckScreen
    journey: Journey
    camera: Camera | None
    frames: Callable[[], FramePipeline]  # the shared pipeline, opened on first use
    tasks: Tasks
    voice: Voice
    clock: Callable[[], float]


class FaceController:
    def __init__(self, ctx: FaceContext) -> None:
        self.ctx = ctx
        self.clock = ctx.clock
        self.screen = screen = ctx.screen
        self.journey = journey = ctx.journey
        self.tasks = ctx.tasks
        self.speak = ctx.voice.say
        self.feed = CameraFeed("face-check", self._show_frame)
        self._matcher: FaceMatcher | None = None
        self._matcher_lock = threading.Lock()
        screen.check_requested.connect(self.try_once)
        screen.continue_requested.connect(self._continue)
        screen.back_requested.connect(journey.back)

    def camera_online(self) -> bool:
        return online(self.ctx.camera)

    def offer(self, photo: bytes | None, source: str) -> str:
        """After a document was read: start the face check when its photo can be decoded and
        the camera works; else the plain sentence the identify screen shows instead."""
        reference = decode_image(photo) if photo else None
        if reference is None:
            log.info("face check skipped: the %s photo cannot be decoded", source)
            return QCoreApplication.translate("FaceCheck", NO_REFERENCE)
        if not self.camera_online():
            return QCoreApplication.translate("FaceCheck", OUTCOME_TEXT[FaceOutcome.CAMERA])
        self.journey.check_face(FaceCheck(reference, source))
        return ""

    def warm_up(self) -> None:
        """Load the matcher in the background (seconds on a small CPU) while the resident is
        still placing the card, so the first check answers at once."""
        if self._matcher is None and not self.tasks.busy_with("face-load"):
            self.tasks.run("face-load", self.matcher, lambda _result: None)

    def enter(self) -> None:
        self.screen.show_check(self.journey.face_check, self.journey.identity)
        if self.camera_online():
            try:
                self.feed.start(self.ctx.frames())
            except RuntimeError as err:  # the camera went away between the check and here
                log.warning("camera preview unavailable: %s", err)
        self.speak(self.screen.spoken_text())

    def leave(self) -> None:
        self.feed.stop()

    def _show_frame(self, frame: Frame) -> None:
        if self.feed.running and self.journey.navigator.current == FACE_CHECK:
            self.screen.preview.show_frame(frame)

    def matcher(self) -> FaceMatcher:
        with self._matcher_lock:
            if self._matcher is None:
                self._matcher = FaceMatcher()
            return self._matcher

    def try_once(self) -> None:
        check = self.journey.face_check
        if check is None or not check.can_try or self.tasks.busy_with("face"):
            return
        reference = check.reference
        running = self.feed.running
        pressed = time.monotonic()

        def work() -> str | None:
            frame = self.feed.take(FRAME_WAIT_S, pressed) if running else None
            if frame is None:
                return None
            return self.matcher().match(frame.pixels, reference).verdict

        self.journey.idle.pause("face-check")
        self.screen.set_busy(True)
        self.tasks.run("face", work, lambda result: self._checked(check, result))

    def _checked(self, check: FaceCheck, result: object) -> None:
        self.journey.idle.resume("face-check", self.clock())
        if self.journey.face_check is not check or self.journey.navigator.current != FACE_CHECK:
            return  # the resident left, or the session was wiped meanwhile
        outcome = check.record(result if isinstance(result, str) else None)
        log.info("face check try %d: %s", check.attempts, outcome.value)
        if outcome is FaceOutcome.MATCH:
            self.journey.face_matched()
        self.screen.show_check(check, self.journey.identity)
        self.speak(self.screen.spoken_text())

    def _continue(self) -> None:
        self.feed.stop()
        self.journey.next_step()
