"""A camera emulator that generates a moving scene at a steady frame rate.

Fault injection: `unplug()` and `replug()` behave as a USB camera pulled and put back.
"""

from __future__ import annotations

import threading
import time

from devices.base import EventSource
from devices.camera.port import Frame
from devices.errors import DeviceNotReady
from devices.xfs import DeviceFamily, DeviceStatus, EventKind


class SimCamera(EventSource):
    def __init__(self, width: int = 640, height: int = 480, fps: int = 15) -> None:
        super().__init__(DeviceFamily.CAMERA, DeviceStatus.ONLINE)
        self.width, self.height, self.fps = width, height, fps
        self._seq = 0
        self._next_at = time.monotonic()
        self._lock = threading.Lock()
        self._rows = [bytes((40 + y * 100 // height, 60, 90)) * width for y in range(height)]

    def capabilities(self) -> dict[str, object]:
        return {"width": self.width, "height": self.height, "fps": self.fps, "emulated": True}

    def read_frame(self, timeout_s: float) -> Frame:
        with self._lock:
            if self.status() is not DeviceStatus.ONLINE:
                raise DeviceNotReady(self.family, "the camera is not connected")
            now = time.monotonic()
            wait = self._next_at - now
            if wait > 0:
                time.sleep(min(wait, timeout_s))
            self._next_at = max(now, self._next_at) + 1.0 / self.fps
            self._seq += 1
            return Frame(self.width, self.height, self._scene(self._seq), self._seq)

    def _scene(self, seq: int) -> bytes:
        band = max(8, self.width // 16)
        x = (seq * 7) % max(1, self.width - band)
        bar = bytes((230, 230, 230)) * band
        out = bytearray(b"".join(self._rows))
        stride = self.width * 3
        for y in range(self.height // 4, 3 * self.height // 4):
            start = y * stride + x * 3
            out[start : start + band * 3] = bar
        return bytes(out)

    def unplug(self) -> None:
        self.set_status(DeviceStatus.NO_DEVICE)
        self.emit(EventKind.CAMERA_LOST)

    def replug(self) -> None:
        self.set_status(DeviceStatus.ONLINE)
        self.emit(EventKind.CAMERA_BACK)

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
