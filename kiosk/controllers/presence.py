"""The robot's presence greeting: camera frames -> face detector -> greeting and home screen.

The detector reads the shared frame pipeline (the camera is opened once) a few times a second on
its own lane thread; frames are counted for faces and dropped, never stored or sent. An arrival
crosses to the Qt main thread as a queued signal, where the journey decides whether to greet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame
from devices.face.presence import FaceDetector, PresenceSettings, PresenceTracker
from kiosk.controllers.context import Voice
from kiosk.flows.journey import Journey
from kiosk.flows.presence import GREETING, should_greet
from kiosk.qt import QObject, Signal

log = logging.getLogger(__name__)
LANE = "presence"


class PresenceGreeter(QObject):
    """`arrived` is emitted for every arrival; `greeted` when it was greeted."""

    arrived = Signal()
    greeted = Signal()

    def __init__(
        self,
        frames: Callable[[], FramePipeline],
        journey: Journey,
        voice: Voice,
        clock: Callable[[], float],
        settings: PresenceSettings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or PresenceSettings()
        self._frames = frames
        self._journey = journey
        self._voice = voice
        self._clock = clock
        self._detector: FaceDetector | None = None
        self._tracker = PresenceTracker(self.settings.dwell_s, self.settings.absent_s)
        self._pipeline: FramePipeline | None = None
        self.greetings = 0
        self.frames_seen = 0
        self.arrived.connect(self._on_arrived)

    def start(self) -> bool:
        """Start watching; False (and a log line) when there is no camera to watch with."""
        try:
            self._pipeline = self._frames()
        except RuntimeError as err:
            log.warning("no presence greeting: %s", err)
            return False
        self._pipeline.add_analyser(LANE, self._analyse, 1.0 / self.settings.fps)
        return True

    def _analyse(self, frame: Frame) -> None:
        """On the lane's thread: count faces, then let the frame go. dlib is loaded here, on
        the first frame, not on the UI thread."""
        if self._detector is None:
            self._detector = FaceDetector(self.settings.height)
        faces = self._detector.count(frame.pixels)
        self.frames_seen += 1
        if self._tracker.observe(faces, frame.at):
            self.arrived.emit()

    def _on_arrived(self) -> None:
        if not should_greet(self._journey.navigator.current):
            log.info("a visitor arrived during a journey; not greeted")
            return
        self._voice.opening = GREETING  # said as the home screen's prompt, not on top of it
        self._journey.start(self._clock())
        self.greetings += 1
        self.greeted.emit()

    def stop(self) -> None:
        if self._pipeline is not None:
            self._pipeline.remove(LANE)
            self._pipeline = None
