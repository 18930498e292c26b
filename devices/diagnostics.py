"""`lexkiosk devices check`: exercise each device once and give a plain verdict for it.

Each exercise does what the terminal really does (read a frame, print a page, speak a sentence,
play a tone, record a moment) with its own timeout; any failure, expected or not, becomes a
verdict line rather than a crash, so the technician always sees the whole list.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from devices.audio.port import AudioClip, Microphone, Speaker
from devices.base import Device
from devices.camera.port import Camera
from devices.errors import DeviceError
from devices.manager import DeviceManager
from devices.messages import NAMES, plain_message
from devices.printer.port import Printer
from devices.speech.port import Speech
from devices.xfs import DeviceFamily, DeviceStatus

log = logging.getLogger(__name__)
SENTENCES = {"zh": "设备自检：语音正常。", "en": "Device check: the voice works.", "mn": "ᠰᠠᠶᠢᠨ"}


@dataclass(frozen=True)
class Verdict:
    family: DeviceFamily
    ok: bool
    text: str


class Fail(Exception):
    """An exercise went wrong; the message is the verdict."""


def _camera(device: Device, _: CheckContext) -> str:
    if not isinstance(device, Camera):
        raise Fail(plain_message(device))
    frame = device.read_frame(timeout_s=10)
    return f"frames arrive ({frame.width}x{frame.height})"


def _printer(device: Device, ctx: CheckContext) -> str:
    from devices.documents.model import Document
    from devices.documents.pdf import render

    if not isinstance(device, Printer):
        raise Fail(plain_message(device))
    page = Document(
        "设备自检 测试页", ["打印机工作正常。", "LexKiosk printer test page."], qr="TEST"
    )
    pdf = render(page, ctx.paper, ctx.work_dir / "test-page.pdf")  # type: ignore[arg-type]
    done = device.print_pdf(pdf, "LexKiosk test page", timeout_s=120)
    if not done.ok:
        raise Fail(done.detail or plain_message(device))
    return f"printed a test page (job {done.result})"


def _speech(device: Device, ctx: CheckContext) -> str:
    if not isinstance(device, Speech):
        raise Fail(plain_message(device))
    done = device.say(SENTENCES.get(ctx.language, SENTENCES["en"]), ctx.language, timeout_s=30)
    if not done.ok:
        raise Fail(done.detail or plain_message(device))
    return f"spoke a sentence in {ctx.language}"


def _speaker(device: Device, _: CheckContext) -> str:
    if not isinstance(device, Speaker):
        raise Fail(plain_message(device))
    tone = array("h", [3000, 3000, -3000, -3000] * 2000)  # 0.5 s at 16 kHz
    done = device.play(AudioClip(16000, 1, tone.tobytes()), threading.Event(), timeout_s=10)
    if not done.ok:
        raise Fail(done.detail or plain_message(device))
    return "played a test tone"


def _microphone(device: Device, _: CheckContext) -> str:
    if not isinstance(device, Microphone):
        raise Fail(plain_message(device))
    clip = device.record(0.2, timeout_s=5)
    return f"recorded {clip.duration_s:.1f} s"


def _scanner(device: Device, _: CheckContext) -> str:
    """Read a rendered specimen passport page: the OCR models load and the MRZ reads back."""
    from devices.scanner.document_reader import DocumentReader
    from devices.scanner.specimen import render_document, sample_fields

    if device.status() is not DeviceStatus.ONLINE:
        raise Fail(plain_message(device))
    read = DocumentReader().read(render_document("TD3", sample_fields("TD3")))
    if read.mrz is None or not read.mrz.valid or read.mrz.fields != sample_fields("TD3"):
        raise Fail("The document scanner could not read a specimen passport's MRZ.")
    return "read a specimen passport's MRZ (TD3, every check digit holds)"


def _status_only(device: Device, _: CheckContext) -> str:
    if device.status() is not DeviceStatus.ONLINE:
        raise Fail(plain_message(device))
    emulated = " (emulated: nothing to read)" if device.capabilities().get("emulated") else ""
    return f"ready{emulated}"


@dataclass(frozen=True)
class CheckContext:
    work_dir: Path
    paper: str
    language: str


EXERCISES: dict[DeviceFamily, Callable[[Device, CheckContext], str]] = {
    DeviceFamily.CAMERA: _camera,
    DeviceFamily.PRINTER: _printer,
    DeviceFamily.SCANNER: _scanner,
    DeviceFamily.SPEECH: _speech,
    DeviceFamily.SPEAKER: _speaker,
    DeviceFamily.MICROPHONE: _microphone,
}


def check_all(manager: DeviceManager, paper: str, language: str) -> list[Verdict]:
    manager.check_health()
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="lexkiosk-check-") as tmp:
        ctx = CheckContext(Path(tmp), paper, language)
        for family, device in manager.devices.items():
            verdicts.append(_one(family, device, ctx))
    return verdicts


def check_one(family: DeviceFamily, device: Device, ctx: CheckContext) -> Verdict:
    """One family's exercise and its plain verdict (what technician mode runs per button)."""
    return _one(family, device, ctx)


def _one(family: DeviceFamily, device: Device, ctx: CheckContext) -> Verdict:
    exercise = EXERCISES.get(family, _status_only)
    name = NAMES.get(family, family.value)
    try:
        return Verdict(family, True, f"The {name} works: {exercise(device, ctx)}.")
    except Fail as err:
        return Verdict(family, False, str(err))
    except DeviceError as err:
        return Verdict(family, False, f"The {name} failed: {err}.")
    except Exception as err:  # a verdict, never a traceback, for the technician
        log.exception("checking %s failed", family.value)
        return Verdict(family, False, f"The {name} failed unexpectedly ({type(err).__name__}).")
