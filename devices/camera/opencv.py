"""The OpenCV camera driver (`cv2.VideoCapture`: a V4L2 device index or a stream URL).

A capture thread reads as fast as the camera delivers and keeps the latest fresh frame. A
supervisor watches staleness: when no fresh frame came for `stale_s` (read blocked, read
failing, or the same picture returned forever, as VideoCapture does after an unplug) it
reports `camera lost`, abandons the capture thread and reopens every `reopen_s`; the first
fresh frame after that reports `camera back`. Read timeouts are set where the backend has them,
but the supervisor never relies on them: a thread stuck in `read()` is simply left behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import cv2

from devices.base import EventSource
from devices.camera.port import Frame, Pixels
from devices.camera.watchdog import Staleness
from devices.errors import DeviceNotReady, DeviceTimeout
from devices.xfs import DeviceFamily, DeviceStatus, EventKind

log = logging.getLogger(__name__)

Opener = Callable[[int | str], Any]


def open_capture(source: int | str, width: int, height: int, fps: int, timeout_ms: int) -> Any:
    """Open a VideoCapture with timeouts (stream backends) and the wanted size (devices)."""
    # OpenCV warns on stderr at every failed open; the watchdog reports it once, in words
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    params = [
        cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
        timeout_ms,
        cv2.CAP_PROP_READ_TIMEOUT_MSEC,
        timeout_ms,
    ]
    capture = cv2.VideoCapture(source, cv2.CAP_ANY, params)
    if isinstance(source, int) and capture.isOpened():
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        capture.set(cv2.CAP_PROP_FPS, fps)
    return capture


class OpenCvCamera(EventSource):
    def __init__(
        self,
        source: int | str,
        width: int = 640,
        height: int = 480,
        fps: int = 15,
        stale_s: float = 2.0,
        reopen_s: float = 1.0,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(DeviceFamily.CAMERA, DeviceStatus.STARTING)
        self.source = source
        self.width, self.height, self.fps = width, height, fps
        self.stale_s, self.reopen_s = stale_s, reopen_s
        timeout_ms = int(stale_s * 1000)
        self._opener: Opener = opener or (
            lambda src: open_capture(src, width, height, fps, timeout_ms)
        )
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._last_read = 0
        self._seq = 0
        self._generation = 0
        self._watch = Staleness(stale_s, time.monotonic())
        self._was_online = False
        self._closed = threading.Event()
        self.reopens = 0
        self._opened_at = time.monotonic()
        self._start_capture()
        self._supervisor = threading.Thread(
            target=self._supervise, name="camera-watchdog", daemon=True
        )
        self._supervisor.start()

    def capabilities(self) -> dict[str, object]:
        latest = self._latest
        size = (latest.width, latest.height) if latest else (self.width, self.height)
        return {
            "driver": "opencv",
            "width": size[0],
            "height": size[1],
            "fps": self.fps,
            "reopens": self.reopens,
        }

    def _start_capture(self) -> None:
        with self._cond:
            self._generation += 1
            generation = self._generation
        self._opened_at = time.monotonic()
        threading.Thread(
            target=self._capture_loop, args=(generation,), name=f"camera-{generation}", daemon=True
        ).start()

    def _current(self, generation: int) -> bool:
        return generation == self._generation and not self._closed.is_set()

    def _capture_loop(self, generation: int) -> None:
        capture = None
        try:
            capture = self._opener(self.source)
            if not capture.isOpened():
                return
            while self._current(generation):
                ok, bgr = capture.read()
                if not ok or not self._current(generation):
                    return  # the supervisor sees no fresh frame and reopens
                self._deliver(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), generation)
        except cv2.error as err:
            log.warning("camera capture failed: %s", err)
        finally:
            if capture is not None:
                capture.release()

    def _deliver(self, rgb: Pixels, generation: int) -> None:
        now = time.monotonic()
        with self._cond:
            if not self._current(generation) or not self._watch.saw(rgb, now):
                return
            self._seq += 1
            self._latest = Frame(rgb, self._seq, now)
            self._cond.notify_all()
        if self.status() is not DeviceStatus.ONLINE:
            self.set_status(DeviceStatus.ONLINE)
            if self._was_online:
                log.info("camera back")
                self.emit(EventKind.CAMERA_BACK)
            self._was_online = True

    def _supervise(self) -> None:
        while not self._closed.wait(min(0.1, self.stale_s / 4)):
            now = time.monotonic()
            with self._cond:
                stale = self._watch.stale(now)
            if not stale:
                continue
            if self.status() is DeviceStatus.ONLINE:
                log.warning("camera lost: no fresh frame for %.1f s", self.stale_s)
                self.set_status(DeviceStatus.NO_DEVICE)
                self.emit(EventKind.CAMERA_LOST)
                with self._cond:
                    self._cond.notify_all()
            elif self.status() is DeviceStatus.STARTING:
                self.set_status(DeviceStatus.NO_DEVICE)
            if now - self._opened_at >= self.reopen_s:
                self.reopens += 1
                self._start_capture()

    def read_frame(self, timeout_s: float) -> Frame:
        with self._cond:
            ready = self._cond.wait_for(
                lambda: (
                    self._closed.is_set()
                    or self.status() is DeviceStatus.NO_DEVICE
                    or (self._latest is not None and self._latest.seq > self._last_read)
                ),
                timeout_s,
            )
            latest = self._latest
            if self._closed.is_set():
                raise DeviceNotReady(self.family, "the camera is closed")
            if latest is None or latest.seq <= self._last_read:
                if self.status() is DeviceStatus.NO_DEVICE:
                    raise DeviceNotReady(self.family, "the camera is not connected")
                raise DeviceTimeout(self.family, "the camera did not deliver a frame in time")
            del ready
            self._last_read = latest.seq
            return latest

    def close(self) -> None:
        self._closed.set()
        with self._cond:
            self._generation += 1
            self._cond.notify_all()
        self._supervisor.join(1.0)
        self.set_status(DeviceStatus.OFFLINE)
