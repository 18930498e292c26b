"""The CUPS driver against a real CUPS queue (cups-pdf) and queues whose printer reports faults."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import cups
import pytest

from devices.documents.model import RECEIPT
from devices.documents.pdf import render
from devices.printer.cups import CupsPrinter
from devices.xfs import CompletionCode, DeviceEvent, DeviceStatus, EventKind, PaperLevel
from tests.helpers import run_cli

VALUES = {"name": "李四", "matter": "咨询", "tracking": "DEV001-9", "when": "今天", "site": "站"}


@pytest.fixture
def receipt(tmp_path: Path) -> Path:
    return render(RECEIPT.fill(VALUES, qr="DEV001-9"), "receipt80", tmp_path / "receipt.pdf")


def _printer(queue: str) -> tuple[CupsPrinter, list[DeviceEvent]]:
    printer = CupsPrinter(queue, poll_s=0.05)
    events: list[DeviceEvent] = []
    printer.subscribe(events.append)
    return printer, events


def test_prints_through_cups_pdf_to_completion(cups_queue: str, receipt: Path) -> None:
    printer, _ = _printer(cups_queue)
    try:
        done = printer.print_pdf(receipt, "receipt", timeout_s=60)
        assert done.code is CompletionCode.SUCCESS, done.detail
        assert done.result and done.result.startswith(f"{cups_queue}-")
        assert printer.status() is DeviceStatus.ONLINE
        assert printer.paper() is PaperLevel.FULL
    finally:
        printer.close()


def test_disabled_queue_is_offline_with_a_plain_message(cups_queue: str, fault_queue, receipt):
    queue = fault_queue("ok")
    subprocess.run(["cupsdisable", queue], check=True)
    printer, events = _printer(queue)
    try:
        done = printer.print_pdf(receipt, "receipt", timeout_s=10)
        assert done.code is CompletionCode.DEVICE_NOT_READY
        assert done.detail == "The print queue is paused."
        assert printer.status() is DeviceStatus.OFFLINE
        subprocess.run(["cupsenable", queue], check=True)
        assert printer.check_health() is DeviceStatus.ONLINE
        statuses = [e.detail["status"] for e in events if e.kind is EventKind.STATUS_CHANGED]
        assert statuses == ["offline", "online"]
    finally:
        printer.close()


def test_paper_out_aborts_the_job_and_raises_the_threshold_event(fault_queue, receipt) -> None:
    printer, events = _printer(fault_queue("media-empty"))
    try:
        done = printer.print_pdf(receipt, "receipt", timeout_s=30)
        assert done.code is CompletionCode.HARDWARE_ERROR
        assert done.detail == "The printer is out of paper."
        assert printer.paper() is PaperLevel.OUT
        assert printer.status() is DeviceStatus.USER_ERROR
        levels = [e.detail["level"] for e in events if e.kind is EventKind.PAPER_THRESHOLD]
        assert levels == ["out"]
        again = printer.print_pdf(receipt, "receipt", timeout_s=5)
        assert again.code is CompletionCode.DEVICE_NOT_READY
    finally:
        printer.close()


def test_paper_low_still_prints_and_warns(fault_queue, receipt) -> None:
    printer, events = _printer(fault_queue("media-low"))
    try:
        assert printer.print_pdf(receipt, "receipt", timeout_s=30).ok
        assert printer.check_health() is DeviceStatus.ONLINE
        assert printer.paper() is PaperLevel.LOW
        assert [e.detail for e in events if e.kind is EventKind.PAPER_THRESHOLD] == [
            {"level": "low"}
        ]
    finally:
        printer.close()


@pytest.mark.parametrize(
    ("mode", "message", "event"),
    [
        ("door-open", "The printer's cover is open.", EventKind.DOOR_CHANGED),
        ("offline", "The printer is switched off or disconnected.", EventKind.STATUS_CHANGED),
    ],
)
def test_failing_backend_reports_why(fault_queue, receipt, mode, message, event) -> None:
    printer, events = _printer(fault_queue(mode))
    try:
        done = printer.print_pdf(receipt, "receipt", timeout_s=30)
        assert not done.ok and done.detail == message
        assert printer.status() is not DeviceStatus.ONLINE
        assert event in [e.kind for e in events]
    finally:
        printer.close()


def test_a_job_that_never_ends_times_out_and_is_cancelled(fault_queue, receipt) -> None:
    queue = fault_queue("hang")
    printer, _ = _printer(queue)
    try:
        done = printer.print_pdf(receipt, "receipt", timeout_s=1.0)
        assert done.code is CompletionCode.TIME_OUT
        assert "cancelled" in done.detail
        listing = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True)
        assert listing.stdout.strip() == ""
    finally:
        printer.close()


def test_missing_queue_and_non_pdf_are_refused(cups_queue: str, tmp_path: Path) -> None:
    missing, _ = _printer("no-such-queue-here")
    text = tmp_path / "note.pdf"
    text.write_text("not a pdf")
    try:
        assert missing.check_health() is DeviceStatus.NO_DEVICE
        assert "no print queue" in missing.message
        printer, _ = _printer(cups_queue)
        assert printer.print_pdf(text, "x", 5).code is CompletionCode.INVALID_DATA
        printer.close()
    finally:
        missing.close()


def test_cli_print_waits_and_says_how_it_ended(cups_queue: str, receipt: Path) -> None:
    done = run_cli("lexkiosk", "devices", "print", str(receipt), "--queue", cups_queue)
    assert done.returncode == 0, done.stderr
    assert "completed" in done.stdout
    bad = run_cli("lexkiosk", "devices", "print", str(receipt), "--queue", "no-such-queue")
    assert bad.returncode == 1
    assert "no print queue" in bad.stdout + bad.stderr


class _WedgedConnection:
    """A CUPS connection whose every call blocks, as pycups does when cupsd stops answering."""

    def __init__(self, wedge: threading.Event) -> None:
        self.wedge = wedge

    def getPrinterAttributes(self, *args, **kwargs):
        self.wedge.wait()
        raise RuntimeError("released")


def test_a_hung_cups_connection_is_timed_out_and_restarted(cups_queue: str) -> None:
    """GIVEN a connection that never answers WHEN polled THEN noDevice, then a fresh one works."""
    wedge = threading.Event()
    made: list[object] = []

    def connect():
        made.append(object())
        return _WedgedConnection(wedge) if len(made) == 1 else cups.Connection()

    printer = CupsPrinter(cups_queue, connect=connect, call_timeout_s=0.5)
    try:
        assert printer.refresh().status is DeviceStatus.NO_DEVICE
        assert "no answer" in printer.message
        assert printer.check_health() is DeviceStatus.ONLINE
        assert len(made) == 2
    finally:
        wedge.set()
        printer.close()
