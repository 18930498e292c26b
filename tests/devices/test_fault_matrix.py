"""The fault matrix: each failure leaves no hang, no crash, the right status and a plain message.

Every row runs through the DeviceManager built from settings, with the real driver against its
emulator where there is one (CUPS queues, espeak-ng, the MJPEG camera).
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from config.loader import load_settings
from devices.camera.mjpeg import MjpegCamera
from devices.camera.scenes import GeneratedScene
from devices.documents.model import Document
from devices.documents.pdf import render
from devices.errors import DeviceNotReady
from devices.manager import DeviceManager
from devices.xfs import CompletionCode, DeviceEvent, DeviceFamily, DeviceStatus, EventKind
from tests.helpers.system import require

F = DeviceFamily


@pytest.fixture
def make_manager(tmp_path: Path) -> Iterator[Callable[..., DeviceManager]]:
    made: list[DeviceManager] = []

    def factory(**overrides: str) -> DeviceManager:
        settings = load_settings(None, {}, {"data_dir": str(tmp_path), **overrides})
        manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        made.append(manager)
        return manager

    yield factory
    for manager in made:
        manager.close()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    return render(Document("测试", ["测试页"]), "receipt80", tmp_path / "page.pdf")


def _waiter(manager: DeviceManager, kind: EventKind) -> threading.Event:
    seen = threading.Event()

    def on(event: DeviceEvent) -> None:
        if event.kind is kind:
            seen.set()

    manager.subscribe(on)
    return seen


def test_camera_unplugged(make_manager) -> None:
    manager = make_manager()
    manager.inject(F.CAMERA, "unplug")
    assert manager.statuses()[F.CAMERA] is DeviceStatus.NO_DEVICE
    assert manager.message(F.CAMERA) == "The camera is not connected."
    with pytest.raises(DeviceNotReady):
        manager.devices[F.CAMERA].read_frame(0.5)


def test_camera_stale_frames(make_manager) -> None:
    server = MjpegCamera(GeneratedScene(320, 240), fps=30)
    try:
        manager = make_manager(
            **{
                "devices.camera.driver": "opencv",
                "devices.camera.source": server.url,
                "devices.camera.stale_s": "0.5",
            }
        )
        manager.devices[F.CAMERA].read_frame(10)
        lost = _waiter(manager, EventKind.CAMERA_LOST)
        server.freeze()
        assert lost.wait(30)
        assert manager.statuses()[F.CAMERA] is DeviceStatus.NO_DEVICE
        assert manager.message(F.CAMERA) == "The camera is not connected."
    finally:
        server.close()


def test_paper_out(make_manager, fault_queue, page) -> None:
    queue = fault_queue("media-empty")
    manager = make_manager(**{"devices.printer.driver": "cups", "devices.printer.queue": queue})
    done = manager.devices[F.PRINTER].print_pdf(page, "t", 30)
    assert done.code is CompletionCode.HARDWARE_ERROR
    assert manager.statuses()[F.PRINTER] is DeviceStatus.USER_ERROR
    assert manager.message(F.PRINTER) == "The printer is out of paper."


def test_queue_offline(make_manager, fault_queue, page) -> None:
    queue = fault_queue("ok")
    subprocess.run(["cupsdisable", queue], check=True)
    manager = make_manager(**{"devices.printer.driver": "cups", "devices.printer.queue": queue})
    done = manager.devices[F.PRINTER].print_pdf(page, "t", 30)
    assert done.code is CompletionCode.DEVICE_NOT_READY
    assert manager.check_health()[F.PRINTER] is DeviceStatus.OFFLINE
    assert manager.message(F.PRINTER) == "The print queue is paused."


def test_speech_engine_hang(make_manager) -> None:
    require("espeak-ng", "espeak-ng")
    manager = make_manager(**{"devices.speech.driver": "pyttsx3", "devices.speech.timeout_s": "1"})
    speech = manager.devices[F.SPEECH]
    manager.inject(F.SPEECH, "hang")
    done = speech.say("Hello.", "en", timeout_s=30)
    assert done.code is CompletionCode.TIME_OUT
    assert manager.statuses()[F.SPEECH] is DeviceStatus.HARDWARE_ERROR
    assert manager.message(F.SPEECH) == "The voice is not responding; it will be restarted."
    assert manager.check_health()[F.SPEECH] is DeviceStatus.ONLINE
    speech.engine.timeout_s = 15.0  # a fresh engine loads its voices on first use
    assert speech.say("Hello.", "en", timeout_s=30).ok


def test_emulated_paper_out_and_speaker_unplug(make_manager, page) -> None:
    manager = make_manager()
    manager.inject(F.PRINTER, "paper-out")
    done = manager.devices[F.PRINTER].print_pdf(page, "t", 5)
    assert done.code is CompletionCode.DEVICE_NOT_READY
    manager.inject(F.SPEAKER, "unplug")
    assert manager.message(F.SPEAKER) == "The loudspeaker is not connected."
    with pytest.raises(
        ValueError, match="offers: offline, online, paper-full, paper-low, paper-out"
    ):
        manager.inject(F.PRINTER, "jam")
