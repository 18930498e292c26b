"""The mediation invitation slip: its QR code decodes to the link, the code stands in large
letters, and it prints through the real cups-pdf queue (the printed PDF's QR decodes too)."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import pytest

from api_client.schemas.mediation import InvitationSlip
from devices.printer.cups import CupsPrinter
from kiosk.mediation_slip import CODE_SIZE, print_slip, render_slip

LINK = "https://central.example.test/join/inv_AAAAbbbbCCCCdddd?code=K7M2QX9P"
SLIP = InvitationSlip(
    invitation_id="inv_AAAAbbbbCCCCdddd",
    link=LINK,
    code="K7M2QX9P",
    expires_at=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
)
ZONE = ZoneInfo("Asia/Shanghai")
PDF_OUT = Path.home() / "PDF"


def _qr_text(pdf: Path, folder: Path) -> str:
    """The QR code on the first page, as a phone's camera would read it from the paper."""
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(folder / "p")],
        check=True,
    )
    [page] = sorted(folder.glob("p*.png"))
    image = cv2.imread(str(page))
    assert image is not None
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    return str(text)


def _big_code_height(pdf: Path) -> float:
    """The font size of the code's words, from pdftotext's bounding boxes."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in html.splitlines():
        if ">K7M2<" in line:
            ymin = float(line.split('yMin="')[1].split('"')[0])
            ymax = float(line.split('yMax="')[1].split('"')[0])
            return ymax - ymin
    raise AssertionError("the code is not on the slip")


def test_the_slip_has_the_link_as_qr_and_the_code_large(tmp_path: Path) -> None:
    pdf = render_slip(SLIP, ZONE, tmp_path / "slip.pdf")
    assert _qr_text(pdf, tmp_path) == LINK
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "K7M2 QX9P" in text and "邀请码" in text
    assert "2026-12-07 17:30" in text  # the expiry in the service point's time zone
    assert _big_code_height(pdf) > CODE_SIZE * 0.8  # large, not the body's 9 pt


@pytest.fixture
def running_queue(cups_queue: str) -> str:
    """The system's cups-pdf queue `lexkiosk`, CUPS started by the shared fixture."""
    return cups_queue


def test_the_slip_prints_through_cups_pdf_and_its_qr_decodes(
    running_queue: str, tmp_path: Path
) -> None:
    before = set(PDF_OUT.glob("*.pdf")) if PDF_OUT.exists() else set()
    printer = CupsPrinter(running_queue, poll_s=0.05)
    try:
        assert print_slip(printer, SLIP, ZONE)
    finally:
        printer.close()
    deadline = time.monotonic() + 30
    while not set(PDF_OUT.glob("*.pdf")) - before and time.monotonic() < deadline:
        time.sleep(0.1)  # cups-pdf writes the file after the job completes
    [printed] = set(PDF_OUT.glob("*.pdf")) - before
    assert _qr_text(printed, tmp_path) == LINK
    assert not list(Path("/tmp").glob("lexkiosk-slip-*"))  # nothing of the slip is kept
