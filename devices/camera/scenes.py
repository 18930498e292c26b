"""What the camera emulators show: a generated scene, still images or a video file, looped.

Every scene stamps a frame counter into a corner, as sensor noise would change a real
camera's frames, so a still picture is not mistaken for a frozen camera.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from devices.camera.port import Pixels


class Scene(Protocol):
    def next_frame(self) -> Pixels: ...


def _stamp(pixels: Pixels, seq: int) -> Pixels:
    pixels[0, 0:4] = np.frombuffer(seq.to_bytes(12, "little"), np.uint8).reshape(4, 3)
    return pixels


class GeneratedScene:
    """A gradient with a bright bar sweeping across it."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        ramp = np.linspace(40, 140, height, dtype=np.uint8)[:, None]
        self._base = np.zeros((height, width, 3), np.uint8)
        self._base[..., 0] = ramp
        self._base[..., 1] = 60
        self._base[..., 2] = 90
        self._seq = 0

    def next_frame(self) -> Pixels:
        self._seq += 1
        band = max(8, self.width // 16)
        x = (self._seq * 7) % max(1, self.width - band)
        frame = self._base.copy()
        frame[self.height // 4 : 3 * self.height // 4, x : x + band] = 230
        return _stamp(frame, self._seq)


def _fit(bgr: Pixels, width: int, height: int) -> Pixels:
    import cv2  # OpenCV only for image and video scenes: the kiosk starts without it

    if bgr.shape[1] != width or bgr.shape[0] != height:
        bgr = cv2.resize(bgr, (width, height), interpolation=cv2.INTER_AREA)  # type: ignore[assignment]
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)  # type: ignore[return-value]


class ImageScene:
    """Still images shown one after another (`hold` frames each), looped."""

    def __init__(self, paths: Sequence[Path], width: int, height: int, hold: int = 1) -> None:
        import cv2

        images = []
        for path in paths:
            bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if bgr is None:
                raise ValueError(f"{path.name} is not an image OpenCV can read")
            images.append(_fit(bgr, width, height))  # type: ignore[arg-type]
        if not images:
            raise ValueError("an image scene needs at least one image")
        self._cycle: Iterator[Pixels] = itertools.cycle(
            [img for img in images for _ in range(hold)]
        )
        self._seq = 0

    def next_frame(self) -> Pixels:
        self._seq += 1
        return _stamp(next(self._cycle).copy(), self._seq)


class StillScene:
    """RGB frames given as arrays (already the camera's size), shown in turn, looped."""

    def __init__(self, frames: Sequence[Pixels]) -> None:
        if not frames:
            raise ValueError("a still scene needs at least one frame")
        self._cycle: Iterator[Pixels] = itertools.cycle(list(frames))
        self._seq = 0

    def next_frame(self) -> Pixels:
        self._seq += 1
        return _stamp(next(self._cycle).copy(), self._seq)


class VideoScene:
    """A video file decoded frame by frame and restarted at its end."""

    def __init__(self, path: Path, width: int, height: int) -> None:
        import cv2

        self.path, self.width, self.height = path, width, height
        self._capture = cv2.VideoCapture(str(path))
        if not self._capture.isOpened():
            raise ValueError(f"{path.name} is not a video OpenCV can read")
        self._seq = 0

    def next_frame(self) -> Pixels:
        import cv2

        ok, bgr = self._capture.read()
        if not ok:
            self._capture.release()
            self._capture = cv2.VideoCapture(str(self.path))
            ok, bgr = self._capture.read()
            if not ok:
                raise ValueError(f"{self.path.name} has no frames")
        self._seq += 1
        return _stamp(_fit(bgr, self.width, self.height), self._seq)  # type: ignore[arg-type]


def scene_from(paths: Sequence[Path], width: int, height: int) -> Scene:
    """A generated scene without paths, a video for one video file, else still images."""
    if not paths:
        return GeneratedScene(width, height)
    if len(paths) == 1 and paths[0].suffix.lower() in (".avi", ".mp4", ".mkv", ".webm", ".mov"):
        return VideoScene(paths[0], width, height)
    return ImageScene(paths, width, height, hold=1)
