"""The 12348 call-back becomes a request on the hotline channel at the central service; the
resident then finds it with the progress query (number typed, or read from the receipt's QR
code, plus the last four of the phone), hears the status, and a wrong pair gets one plain
message that does not say which part was wrong."""

from __future__ import annotations

import pytest

from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from kiosk.receipts import progress_url
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.e2e  # a real central service process


def request_callback(qtbot, shell: Shell, phone: str) -> str:
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    for digit in phone:
        qtbot.mouseClick(w.hotline.keypad.keys[digit], CLICK)
    qtbot.mouseClick(w.hotline.request_button, CLICK)
    tracking = w.hotline.tracking
    assert tracking and tracking in w.hotline.confirmation.text()
    qtbot.mouseClick(w.hotline.done_button, CLICK)
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    assert w.stack.currentWidget() is w.attract
    return tracking


def ask_progress(qtbot, shell: Shell, tracking: str | None, last4: str) -> None:
    w = shell.window
    if tracking is not None:
        w.progress.tracking_edit.clear()
        qtbot.keyClicks(w.progress.tracking_edit, tracking.lower())
    w.progress.last4_edit.clear()
    for key in last4:
        qtbot.mouseClick(w.progress.keypad.keys[key], CLICK)
    qtbot.mouseClick(w.progress.query_button, CLICK)
    qtbot.waitUntil(lambda: not w.progress.busy, timeout=10_000)


def test_call_back_reaches_the_hotline_and_progress_finds_it(qtbot, online_shell, desk) -> None:
    shell: Shell = online_shell(download=False)
    w = shell.window
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    tracking = request_callback(qtbot, shell, "13512345678")
    qtbot.waitUntil(lambda: desk.request(tracking) is not None, timeout=15_000)
    record = desk.request(tracking)
    assert record is not None
    assert (record["kind"], record["channel"]) == ("callback", "hotline")
    assert record["applicant"]["phone"] == "13512345678"

    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["progress"], CLICK)
    ask_progress(qtbot, shell, tracking, "0000")
    wrong = w.progress.status.text()
    assert "没有找到" in wrong and "12348" in wrong
    ask_progress(qtbot, shell, "DEV001-261129-00001-1", "5678")  # unknown number
    assert w.progress.status.text() == wrong  # the same words: no hint which part was wrong
    before = speech.utterances["zh"]  # type: ignore[attr-defined]
    ask_progress(qtbot, shell, tracking, "5678")
    shown = w.progress.status.text()
    assert "12348 热线回电" in shown and "示范司法局" in shown
    assert record["status"] == "submitted" and w.progress.steps.text()
    qtbot.waitUntil(lambda: speech.utterances["zh"] > before)  # type: ignore[attr-defined]
    assert w.progress.last4_edit.text() == ""  # the second factor does not stay on screen
    qtbot.mouseClick(w.progress.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating


def test_the_receipts_qr_code_fills_in_the_number(qtbot, online_shell) -> None:
    shell: Shell = online_shell(download=False)
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["progress"], CLICK)
    assert w.progress.scan_button.isVisible()
    scanner = shell.devices.devices[DeviceFamily.SCANNER]
    qtbot.mouseClick(w.progress.scan_button, CLICK)
    scanner.present("qr", "https://example.org/not-ours")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "二维码" in w.progress.status.text())
    number = "DEV001-261129-00001-1"
    qtbot.mouseClick(w.progress.scan_button, CLICK)
    scanner.present("qr", progress_url(shell.settings, number))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.progress.tracking_edit.text() == number)
    assert not w.progress.status.isVisible()  # the earlier "no number in that code" is gone
