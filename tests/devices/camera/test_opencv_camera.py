"""The OpenCV driver through its real capture path, reading the MJPEG camera emulator."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest

from devices.camera.mjpeg import MjpegCamera
from devices.camera.opencv import OpenCvCamera
from devices.camera.scenes import GeneratedScene
from devices.errors import DeviceNotReady
from devices.xfs import DeviceEvent, DeviceStatus, EventKind


@pytest.fixture
def ipcam() -> Iterator[MjpegCamera]:
    server = MjpegCamera(GeneratedScene(320, 240), fps=30)
    yield server
    server.close()


class _Watcher:
    """Collects a camera's events and lets a test wait for the next lost/back."""

    def __init__(self, camera: OpenCvCamera) -> None:
        self.events: list[DeviceEvent] = []
        self._cond = threading.Condition()
        camera.subscribe(self._on)

    def _on(self, event: DeviceEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(self, kind: EventKind, count: int = 1) -> bool:
        with self._cond:
            return self._cond.wait_for(
                lambda: sum(e.kind is kind for e in self.events) >= count, timeout=30
            )


@pytest.fixture
def camera(ipcam: MjpegCamera) -> Iterator[OpenCvCamera]:
    device = OpenCvCamera(ipcam.url, stale_s=0.5, reopen_s=0.3)
    yield device
    device.close()


def test_reads_fresh_rgb_frames(camera: OpenCvCamera) -> None:
    first = camera.read_frame(10)
    second = camera.read_frame(10)
    assert first.pixels.shape == (240, 320, 3) and first.pixels.dtype == np.uint8
    assert second.seq > first.seq and not np.array_equal(first.pixels, second.pixels)
    assert camera.status() is DeviceStatus.ONLINE


@pytest.mark.parametrize("fault", ["freeze", "stall", "unplug"])
def test_watchdog_reports_lost_reopens_and_reports_back(camera, ipcam, fault) -> None:
    """GIVEN a streaming camera WHEN it freezes, stalls or is unplugged THEN lost, then back."""
    watcher = _Watcher(camera)
    camera.read_frame(10)
    {"freeze": ipcam.freeze, "stall": ipcam.stall, "unplug": ipcam.unplug}[fault]()
    assert watcher.wait_for(EventKind.CAMERA_LOST)
    assert camera.status() is DeviceStatus.NO_DEVICE
    with pytest.raises(DeviceNotReady, match="not connected"):
        camera.read_frame(1)
    {
        "freeze": lambda: ipcam.freeze(False),
        "stall": lambda: ipcam.stall(False),
        "unplug": ipcam.replug,
    }[fault]()
    assert watcher.wait_for(EventKind.CAMERA_BACK)
    assert camera.read_frame(10).pixels.shape == (240, 320, 3)
    assert camera.reopens >= 1


class _BlockedCapture:
    """A VideoCapture stuck inside read(), as some drivers are after an unplug."""

    def __init__(self, release: threading.Event) -> None:
        self.release_event = release

    def isOpened(self) -> bool:
        return True

    def read(self) -> tuple[bool, None]:
        self.release_event.wait()
        return False, None

    def release(self) -> None:
        """Nothing to free."""


def test_a_read_blocked_forever_is_abandoned_and_the_camera_reopened(ipcam) -> None:
    import cv2

    release = threading.Event()
    opened: list[str] = []

    def opener(source):
        opened.append("x")
        if len(opened) == 1:
            return _BlockedCapture(release)
        return cv2.VideoCapture(source)

    camera = OpenCvCamera(ipcam.url, stale_s=0.5, reopen_s=0.3, opener=opener)
    try:
        assert camera.read_frame(30).seq >= 1  # from the second, real capture
        assert len(opened) >= 2
    finally:
        release.set()
        camera.close()


def test_no_camera_at_all_is_no_device() -> None:
    camera = OpenCvCamera("http://127.0.0.1:9/none.mjpg", stale_s=0.3, reopen_s=5)
    try:
        with pytest.raises(DeviceNotReady):
            camera.read_frame(10)
        assert camera.status() is DeviceStatus.NO_DEVICE
    finally:
        camera.close()
