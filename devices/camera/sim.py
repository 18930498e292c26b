"""A camera emulator at a steady frame rate, fed by a generated scene, images or a video.

Fault injection, as a technician would rehearse them: `unplug()`/`replug()` (a USB camera
pulled and put back), `freeze()` (the same frame forever) and `hang()` (reads block).
"""

from __future__ import annotations

import threading
import time

from devices.base import EventSource
from devices.camera.port import Frame, Pixels
from devices.camera.scenes import GeneratedScene, Scene
from devices.errors import DeviceNotReady, DeviceTimeout
from devices.xfs import DeviceFamily, DeviceStatus, EventKind


class SimCamera(EventSource):
    def __init__(
        self, width: int = 640, height: int = 480, fps: int = 15, scene: Scene | None = None
    ) -> None:
        super().__init__(DeviceFamily.CAMERA, DeviceStatus.ONLINE)
        self.width, self.height, self.fps = width, height, fps
        self.scene = scene or GeneratedScene(width, height)
        self._seq = 0
        self._next_at = time.monotonic()
        self._lock = threading.Lock()
        self._frozen: Pixels | None = None
        self.frozen = False
        self._unhung = threading.Event()
        self._unhung.set()

    def capabilities(self) -> dict[str, object]:
        return {"width": self.width, "height": self.height, "fps": self.fps, "emulated": True}

    def read_frame(self, timeout_s: float) -> Frame:
        if not self._unhung.wait(timeout_s):
            raise DeviceTimeout(self.family, "the camera did not deliver a frame in time")
        with self._lock:
            if self.status() is not DeviceStatus.ONLINE:
                raise DeviceNotReady(self.family, "the camera is not connected")
            now = time.monotonic()
            wait = self._next_at - now
            if wait > 0:
                time.sleep(min(wait, timeout_s))
            self._next_at = max(now, self._next_at) + 1.0 / self.fps
            self._seq += 1
            return Frame(self._pixels(), self._seq)

    def _pixels(self) -> Pixels:
        if self.frozen:
            if self._frozen is None:
                self._frozen = self.scene.next_frame()
            return self._frozen
        self._frozen = None
        return self.scene.next_frame()

    def freeze(self, frozen: bool = True) -> None:
        self.frozen = frozen

    def hang(self, hung: bool = True) -> None:
        if hung:
            self._unhung.clear()
        else:
            self._unhung.set()

    def unplug(self) -> None:
        self.set_status(DeviceStatus.NO_DEVICE)
        self.emit(EventKind.CAMERA_LOST)

    def replug(self) -> None:
        self.set_status(DeviceStatus.ONLINE)
        self.emit(EventKind.CAMERA_BACK)

    def close(self) -> None:
        self._unhung.set()
        self.set_status(DeviceStatus.OFFLINE)
