"""One diagnostic per button, each with a plain verdict. Blocking device I/O: run them on a
worker thread (kiosk.technician.worker), never on the UI thread.

The printer, speech, loudspeaker and passport-page checks are the exercises of
`lexkiosk devices check` (devices.diagnostics); the camera keeps its frame for the preview,
the card check reads the card on the reader without keeping what it read, and the microphone
check measures a level."""

from __future__ import annotations

import math
import tempfile
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from devices.camera.port import Frame
from devices.diagnostics import CheckContext, check_one
from devices.errors import DeviceError
from devices.manager import DeviceManager
from devices.messages import plain_message
from devices.xfs import DeviceFamily


@dataclass(frozen=True)
class CheckResult:
    check: str
    ok: bool
    text: str
    frame: Frame | None = field(default=None, repr=False)


CHECKS = ("camera", "card", "passport", "print", "speech", "microphone", "tone")


def _exercise(
    manager: DeviceManager, family: DeviceFamily, paper: str, language: str
) -> tuple[bool, str]:
    device = manager.devices.get(family)
    if device is None:
        return False, f"No {family.value} is configured on this terminal."
    with tempfile.TemporaryDirectory(prefix="lexkiosk-tech-") as tmp:
        verdict = check_one(family, device, CheckContext(Path(tmp), paper, language))
    return verdict.ok, verdict.text


def _camera(manager: DeviceManager) -> CheckResult:
    camera = manager.camera()
    if camera is None:
        return CheckResult("camera", False, "No camera is configured on this terminal.")
    try:
        frame = camera.read_frame(timeout_s=10)
    except DeviceError as err:
        return CheckResult("camera", False, f"The camera gives no picture: {err}.")
    return CheckResult("camera", True, f"The camera works: {frame.width}x{frame.height}.", frame)


def _card(manager: DeviceManager) -> CheckResult:
    reader = manager.id_reader()
    if reader is None:
        return CheckResult("card", False, "No ID card reader is configured on this terminal.")
    if not reader.card_present():
        return CheckResult(
            "card", False, f"Put a card on the reader first. ({plain_message(reader)})"
        )
    try:
        reader.read_card(timeout_s=10)  # read and dropped: a resident's card is not kept
    except DeviceError as err:
        return CheckResult("card", False, f"The card reader failed: {err}.")
    return CheckResult("card", True, "The card reader works: it read the card (nothing kept).")


def _microphone(manager: DeviceManager) -> CheckResult:
    microphone = manager.microphone()
    if microphone is None:
        return CheckResult("microphone", False, "No microphone is configured on this terminal.")
    try:
        clip = microphone.record(0.5, timeout_s=5)
    except DeviceError as err:
        return CheckResult("microphone", False, f"The microphone failed: {err}.")
    samples = array("h", clip.pcm[: len(clip.pcm) // 2 * 2])
    if not samples:
        return CheckResult("microphone", False, "The microphone recorded nothing.")
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    level = 20 * math.log10(rms / 32768) if rms > 0 else -120.0
    heard = "it hears sound" if level > -60 else "it hears silence"
    return CheckResult(
        "microphone", True, f"The microphone works: level {level:.0f} dBFS, {heard}."
    )


def run_check(check: str, manager: DeviceManager, paper: str, language: str) -> CheckResult:
    simple: dict[str, DeviceFamily] = {
        "passport": DeviceFamily.SCANNER,
        "print": DeviceFamily.PRINTER,
        "speech": DeviceFamily.SPEECH,
        "tone": DeviceFamily.SPEAKER,
    }
    special: dict[str, Callable[[DeviceManager], CheckResult]] = {
        "camera": _camera,
        "card": _card,
        "microphone": _microphone,
    }
    if check in special:
        return special[check](manager)
    ok, text = _exercise(manager, simple[check], paper, language)
    return CheckResult(check, ok, text)
