"""Enrolment from technician mode: a one-time code typed, or read from a QR code held in front
of the camera. Blocking (camera reads, the network): run on the worker thread."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from pathlib import Path

from api_client.client import CentralRejected, CentralUnreachable
from config.errors import ConfigError
from config.settings import TerminalSettings
from devices.camera.port import Camera
from devices.errors import DeviceError
from devices.scanner.barcodes import read_barcodes

CODE = re.compile(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")


@dataclass(frozen=True)
class Outcome:
    ok: bool
    text: str
    code: str = ""


def code_in(text: str) -> str | None:
    """The enrolment code in a typed or scanned text (a bare code, or inside a link)."""
    found = CODE.search(text.strip().upper())
    return found.group(0) if found else None


def scan_code(camera: Camera | None, within_s: float = 10.0) -> Outcome:
    """Read camera frames until one shows a QR code carrying an enrolment code."""
    if camera is None:
        return Outcome(False, "No camera is configured on this terminal: type the code.")
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            frame = camera.read_frame(timeout_s=2)
        except DeviceError as err:
            return Outcome(False, f"The camera gives no picture: {err}.")
        for barcode in read_barcodes(frame.pixels):
            code = code_in(barcode.text)
            if code is not None:
                return Outcome(True, "Code read from the QR code.", code)
    return Outcome(False, f"No enrolment QR code seen within {within_s:.0f} s.")


def enrol_with(settings: TerminalSettings, code: str, config_file: Path) -> Outcome:
    from kiosk.net.ca_pin import pin_ca
    from kiosk.net.enrolment import enrol

    found = code_in(code)
    if found is None:
        return Outcome(False, "That is not an enrolment code; it looks like ABCD-EFGH-JKLM.")
    try:
        response = asyncio.run(enrol(settings, found))
    except CentralUnreachable:
        return Outcome(False, f"The central service at {settings.central_url} does not answer.")
    except CentralRejected as err:
        return Outcome(False, f"Enrolment refused: {err.detail}")
    try:
        pinned = pin_ca(settings, response, config_file)
    except ConfigError as err:
        return Outcome(False, f"Enrolled, but the CA could not be pinned: {err.problems[0].line()}")
    pinned_text = " The central service's CA is pinned." if pinned is not None else ""
    return Outcome(
        True,
        f"Enrolled as {response.terminal_id}.{pinned_text} Restart the shell to connect with "
        "the new token.",
        found,
    )
