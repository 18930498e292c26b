"""With the central service away, the online-only journeys say so plainly and offer what still
works: the 12348 number and a call-back request through the outbox."""

from __future__ import annotations

from pathlib import Path

from api_client.outbox.files import open_outbox
from kiosk.qt import Qt
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton


def test_progress_query_offline_says_so_and_points_to_12348(qtbot, offline_shell: Shell) -> None:
    w = offline_shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["progress"], CLICK)
    assert w.stack.currentWidget() is w.progress
    assert not w.progress.query_button.isEnabled()
    qtbot.keyClicks(w.progress.tracking_edit, "dev001-261129-00001-")
    qtbot.keyClicks(w.progress.tracking_edit, "2")
    assert "有误" in w.progress.status.text()  # a wrong check character is caught as typed
    w.progress.tracking_edit.backspace()
    qtbot.keyClicks(w.progress.tracking_edit, "1")
    for key in "123X":
        qtbot.mouseClick(w.progress.keypad.keys[key], CLICK)
    assert w.progress.query_button.isEnabled()
    qtbot.mouseClick(w.progress.query_button, CLICK)
    qtbot.waitUntil(lambda: "12348" in w.progress.status.text(), timeout=10_000)
    assert "无法连接" in w.progress.status.text()
    qtbot.mouseClick(w.progress.hotline_button, CLICK)  # what still works: a call-back
    assert w.stack.currentWidget() is w.hotline
    qtbot.mouseClick(w.hotline.back_button, CLICK)
    qtbot.mouseClick(w.progress.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating


def test_booking_offline_offers_a_call_back(qtbot, offline_shell: Shell, tmp_path: Path) -> None:
    w = offline_shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    assert w.stack.currentWidget() is w.booking
    qtbot.waitUntil(w.booking.hotline_button.isVisible, timeout=10_000)
    assert "12348" in w.booking.message.text()
    assert not w.booking.book_button.isVisible()
    qtbot.mouseClick(w.booking.hotline_button, CLICK)
    assert w.stack.currentWidget() is w.hotline
    for digit in "13800138000":
        qtbot.mouseClick(w.hotline.keypad.keys[digit], CLICK)
    qtbot.mouseClick(w.hotline.request_button, CLICK)
    assert "回电" in w.hotline.confirmation.text()
    store = open_outbox(tmp_path, "DEV001")
    try:
        [item] = store.due(now=1e12)
    finally:
        store.close()
    assert item.kind == "callback" and item.payload["version"] == 2  # the kind is the channel
