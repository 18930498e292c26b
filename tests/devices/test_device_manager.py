"""The manager's wiring from settings, its health polling, and `lexkiosk devices check`."""

from __future__ import annotations

import json
import os
from pathlib import Path

from config.loader import load_settings
from devices.builders import UnavailableDevice
from devices.manager import DeviceManager
from devices.xfs import DeviceFamily, DeviceStatus
from tests.helpers import run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_DATA_DIR": str(tmp_path),
    }


def test_defaults_are_emulators_and_all_online(tmp_path: Path) -> None:
    settings = load_settings(None, {}, {"data_dir": str(tmp_path)})
    manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    try:
        assert set(manager.statuses().values()) == {DeviceStatus.ONLINE}
        assert manager.check_health() == manager.statuses()
        pipeline = manager.frames()
        assert manager.frames() is pipeline  # the camera is opened once and shared
    finally:
        manager.close()


def test_a_driver_that_cannot_start_is_no_device_with_its_reason(tmp_path: Path) -> None:
    settings = load_settings(
        None,
        {},
        {
            "data_dir": str(tmp_path),
            "devices.audio.speaker": "portaudio",
            "devices.speech.driver": "pyttsx3",
        },
    )
    manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    try:
        speaker = manager.devices[DeviceFamily.SPEAKER]
        if speaker.status() is DeviceStatus.NO_DEVICE:  # this machine has no sound card
            assert manager.message(DeviceFamily.SPEAKER) == "The loudspeaker is not connected."
        assert not isinstance(manager.devices[DeviceFamily.SPEECH], UnavailableDevice)
    finally:
        manager.close()


def test_check_passes_on_emulators(tmp_path: Path) -> None:
    done = run_cli("lexkiosk", "devices", "check", "--json", env=_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(r["ok"] for r in rows) and len(rows) == 7
    printer = next(r for r in rows if r["family"] == "printer")
    assert printer["verdict"].startswith("The printer works: printed a test page")
    scanner = next(r for r in rows if r["family"] == "scanner")
    assert "read a specimen passport's MRZ" in scanner["verdict"]


def test_check_fails_plainly_when_a_device_fails(tmp_path: Path, cups_queue: str) -> None:
    done = run_cli(
        "lexkiosk",
        "--set",
        "devices.printer.driver=cups",
        "--set",
        "devices.printer.queue=no-such-queue",
        "devices",
        "check",
        env=_env(tmp_path),
    )
    assert done.returncode == 1
    line = next(x for x in done.stdout.splitlines() if x.startswith("printer"))
    assert "FAIL" in line and "no print queue named 'no-such-queue'" in line
    assert "Traceback" not in done.stderr


def test_each_family_comes_through_its_typed_port(tmp_path: Path) -> None:
    """GIVEN emulators, and a scanner whose driver is not built WHEN the ports are asked for
    THEN each is the family's device, and the unavailable scanner is None and not online."""
    from devices.audio.port import Microphone, Speaker
    from devices.camera.port import Camera
    from devices.printer.port import Printer
    from devices.speech.port import Speech

    overrides = {"data_dir": str(tmp_path), "devices.scanner.driver": "camera"}
    settings = load_settings(None, {}, overrides)
    manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    F = DeviceFamily
    try:
        assert isinstance(manager.camera(), Camera)
        assert manager.camera() is manager.devices[F.CAMERA]
        assert manager.id_reader() is manager.devices[F.ID_READER]
        assert isinstance(manager.printer(), Printer)
        assert isinstance(manager.speech(), Speech)
        assert isinstance(manager.speaker(), Speaker)
        assert isinstance(manager.microphone(), Microphone)
        assert isinstance(manager.devices[F.SCANNER], UnavailableDevice)
        assert manager.scanner() is None
        assert not manager.online(F.SCANNER) and manager.online(F.CAMERA)
    finally:
        manager.close()
