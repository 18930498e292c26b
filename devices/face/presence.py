"""Is somebody standing in front of the terminal? A cheap face detector for the robot's greeting.

dlib's HOG frontal-face detector (built into the dlib wheel: no model file, nothing downloaded)
on a grey frame scaled down to `height` rows: about 6 ms a frame at 320x240, so a few frames a
second cost a few hundredths of a core. Frames are looked at and dropped here; nothing is kept,
logged or sent anywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from devices.camera.port import Pixels

DEFAULT_HEIGHT = 240


@dataclass(frozen=True)
class PresenceSettings:
    """How presence is decided: `dwell_s` of sightings make an arrival, `absent_s` without a
    face make a departure (a new person may be greeted after that)."""

    height: int = DEFAULT_HEIGHT
    fps: float = 3.0
    dwell_s: float = 0.6
    absent_s: float = 3.0


class FaceDetector:
    """Counts faces in an RGB frame; one per process (dlib is not re-entrant)."""

    def __init__(self, height: int = DEFAULT_HEIGHT) -> None:
        import dlib  # type: ignore[import-untyped]

        self.height = height
        self._detect: Any = dlib.get_frontal_face_detector()
        self._lock = threading.Lock()

    def count(self, rgb: Pixels) -> int:
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        if grey.shape[0] > self.height:
            width = round(grey.shape[1] * self.height / grey.shape[0])
            grey = cv2.resize(grey, (width, self.height), interpolation=cv2.INTER_AREA)
        with self._lock:
            found = self._detect(np.ascontiguousarray(grey), 0)
        return len(found)


class PresenceTracker:
    """Turns per-frame sightings into arrivals: one arrival per person, not one per frame.

    A face seen continuously for `dwell_s` is an arrival (reported once); the person counts as
    gone only after `absent_s` without a face, so a frame the detector misses (a turned head)
    does not make a second arrival.
    """

    def __init__(self, dwell_s: float, absent_s: float) -> None:
        self.dwell_s = dwell_s
        self.absent_s = absent_s
        self._since: float | None = None  # first sighting of the current run
        self._last_seen: float | None = None
        self._arrived = False

    @property
    def present(self) -> bool:
        return self._arrived

    def observe(self, faces: int, at: float) -> bool:
        """Feed one frame's face count at time `at`; True exactly when a person has arrived."""
        if faces > 0:
            if self._last_seen is None or at - self._last_seen > self.absent_s:
                self._since = at
                self._arrived = False
            self._last_seen = at
            if not self._arrived and self._since is not None and at - self._since >= self.dwell_s:
                self._arrived = True
                return True
            return False
        if self._last_seen is not None and at - self._last_seen > self.absent_s:
            self._since = self._last_seen = None
            self._arrived = False
        return False
