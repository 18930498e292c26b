"""The camera as the screens see it: a live preview on the UI thread, the newest full frame
for a photo or a face check.

It hangs one consumer on the device layer's frame pipeline while a screen needs the camera
and takes it off when the screen goes, so no one analyses frames nobody looks at. The pipeline
thread only stores the newest frame; a timer on the UI thread picks it up at the preview's
rate, so no signal crosses threads per frame.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame, Pixels
from kiosk.qt import QImage, QObject, QTimer

PREVIEW_FPS = 15


def to_image(pixels: Pixels) -> QImage:
    """An RGB array as a QImage that owns its bytes (the array may be reused)."""
    height, width = pixels.shape[:2]
    return QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class CameraFeed(QObject):
    def __init__(self, name: str, show: Callable[[Frame], None]) -> None:
        super().__init__()
        self.name = name
        self._show = show
        self._pipeline: FramePipeline | None = None
        self._latest: Frame | None = None
        self._shown_seq = -1
        self._cond = threading.Condition()
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // PREVIEW_FPS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._pipeline is not None

    def start(self, pipeline: FramePipeline) -> None:
        if self._pipeline is not None:
            return
        self._pipeline = pipeline
        pipeline.add_analyser(self.name, self._keep)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._pipeline is not None:
            self._pipeline.remove(self.name)
        self._pipeline = None
        with self._cond:
            self._latest = None

    def _keep(self, frame: Frame) -> None:  # a pipeline thread
        with self._cond:
            self._latest = frame
            self._cond.notify_all()

    def _poll(self) -> None:  # the UI thread
        with self._cond:
            frame = self._latest
        if frame is not None and frame.seq != self._shown_seq:
            self._shown_seq = frame.seq
            self._show(frame)

    def take(self, timeout_s: float, after: float | None = None) -> Frame | None:
        """The first full-size frame taken after `after` (time.monotonic(); default: now), so
        a photo shows what was in front of the camera when the button was pressed. Waits up
        to `timeout_s`; None when no such frame came. Any thread."""
        since = time.monotonic() if after is None else after

        def fresh() -> bool:
            return self._latest is not None and self._latest.at >= since

        with self._cond:
            if not self._cond.wait_for(fresh, timeout_s):
                return None
            return self._latest
