"""The foundation emulators: status, capabilities, events, completion codes."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from devices.camera.sim import SimCamera
from devices.errors import DeviceNotReady, DeviceTimeout
from devices.idcard.port import IdCardData
from devices.idcard.sim import SimIdReader
from devices.printer.sim import SimPrinter
from devices.xfs import CompletionCode, DeviceEvent, DeviceStatus, EventKind, PaperLevel


def _collect(device) -> list[DeviceEvent]:
    events: list[DeviceEvent] = []
    device.subscribe(events.append)
    return events


def test_camera_frames_move_and_unplug_is_reported() -> None:
    camera = SimCamera(64, 48, fps=60)
    events = _collect(camera)
    first, second = camera.read_frame(1.0), camera.read_frame(1.0)
    assert len(first.rgb) == 64 * 48 * 3 and first.rgb != second.rgb
    assert "rgb" not in repr(first)
    camera.unplug()
    assert camera.status() is DeviceStatus.NO_DEVICE
    with pytest.raises(DeviceNotReady):
        camera.read_frame(0.1)
    camera.replug()
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.STATUS_CHANGED,
        EventKind.CAMERA_LOST,
        EventKind.STATUS_CHANGED,
        EventKind.CAMERA_BACK,
    ]


def test_id_reader_waits_for_a_card_and_masks_it() -> None:
    reader = SimIdReader()
    events = _collect(reader)
    with pytest.raises(DeviceTimeout):
        reader.read_card(0.05)
    card = IdCardData(
        "resident",
        "测试",
        "female",
        "汉",
        date(1990, 1, 1),
        "某地",
        "SYNTH0000000000012",
        "某公安局",
        date(2020, 1, 1),
        None,
    )
    threading.Timer(0.05, reader.place, args=(card,)).start()
    assert reader.read_card(2.0) is card
    assert "SYNTH0000000000012" not in repr(card) and "测试" not in repr(card)
    reader.take_off()
    assert [e.kind for e in events] == [EventKind.MEDIA_INSERTED, EventKind.MEDIA_REMOVED]


def test_printer_paper_thresholds_and_refusals(tmp_path: Path) -> None:
    printer = SimPrinter(tmp_path / "out", sheets=21)
    events = _collect(printer)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    done = printer.print_pdf(pdf, "receipt", 5.0)
    assert done.ok and (tmp_path / "out" / f"{done.result}.pdf").exists()
    assert printer.paper() is PaperLevel.LOW
    printer.load_paper(0)
    assert printer.print_pdf(pdf, "r", 5.0).code is CompletionCode.DEVICE_NOT_READY
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("hello")
    printer.load_paper(100)
    assert printer.print_pdf(not_pdf, "r", 5.0).code is CompletionCode.INVALID_DATA
    levels = [e.detail["level"] for e in events if e.kind is EventKind.PAPER_THRESHOLD]
    assert levels == ["low", "out", "full"]
