"""12348 hand-off, rating, the idle warning's voice and pauses, and the look: touch targets and
contrast."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from api_client.outbox.files import open_outbox
from devices.xfs import DeviceFamily
from kiosk.qt import QAbstractButton, QLineEdit, QPlainTextEdit, Qt, QWidget
from kiosk.shell import Shell
from kiosk.theme import DEFAULT_PALETTE, HIGH_CONTRAST_PALETTE

CLICK = Qt.MouseButton.LeftButton


def items(tmp_path: Path) -> list[tuple[str, dict[str, Any]]]:
    store = open_outbox(tmp_path, "DEV001")
    try:
        return [(item.kind, item.payload) for item in store.due(now=1e12)]
    finally:
        store.close()


def test_hotline_call_back_then_rating(qtbot, make_shell, tmp_path) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    assert w.stack.currentWidget() is w.hotline
    assert w.hotline.number.text() == "12348"
    assert not w.hotline.request_button.isEnabled()
    for digit in "1380013":
        qtbot.mouseClick(w.hotline.keypad.keys[digit], CLICK)
    qtbot.keyClicks(w.hotline.phone_edit, "8000")
    qtbot.mouseClick(w.hotline.request_button, CLICK)
    assert "回电" in w.hotline.confirmation.text()
    assert w.hotline.phone_edit.text() == ""
    qtbot.mouseClick(w.hotline.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating
    assert not w.rating.send_button.isEnabled()
    qtbot.mouseClick(w.rating.faces[4], CLICK)
    qtbot.keyClicks(w.rating.comment, "ok")
    qtbot.mouseClick(w.rating.send_button, CLICK)
    assert w.stack.currentWidget() is w.attract
    assert shell.session.empty
    sent = items(tmp_path)
    assert ("callback", sent[0][1]) == sent[0] and sent[0][1]["applicant"]["phone"] == "13800138000"
    assert sent[1][0] == "rating" and sent[1][1]["score"] == 4
    assert sent[1][1]["service"] == "hotline" and "applicant" not in sent[1][1]


def test_idle_warning_is_spoken_and_printing_pauses_the_clock(qtbot, make_shell, clock) -> None:
    shell: Shell = make_shell()
    w = shell.window
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    qtbot.mouseClick(w.attract.start_button, CLICK)
    before = speech.utterances["zh"]  # type: ignore[attr-defined]
    clock.now += shell.idle.timeout_s - shell.idle.warning_s + 1
    shell.check_idle()
    assert w.idle_warning.isVisible()
    qtbot.waitUntil(lambda: speech.utterances["zh"] > before)  # type: ignore[attr-defined]
    qtbot.mouseClick(w.idle_warning.continue_button, CLICK)
    shell.idle.pause("printing")
    clock.now += shell.idle.timeout_s * 3
    shell.check_idle()
    assert not w.idle_warning.isVisible()
    assert w.stack.currentWidget() is w.home


def _buttons(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit)
    return [x for x in root.findChildren(QWidget) if isinstance(x, kinds) and x.isVisible()]


def test_every_touch_target_is_at_least_64_pixels(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    small: list[str] = []
    for index in range(w.stack.count()):
        w.stack.setCurrentIndex(index)
        w.grab()
        screen = w.stack.widget(index)
        assert screen is not None
        for widget in _buttons(screen):
            if widget.height() < 64 or widget.width() < 64:
                name = widget.objectName() or type(widget).__name__
                small.append(f"{index}:{name} {widget.width()}x{widget.height()}")
    assert not small


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("muted", "background"),
    ("muted", "surface"),
    ("muted", "strip"),
    ("primary_dark", "background"),
    ("primary_dark", "surface"),
    ("primary", "background"),
    ("on_primary", "primary"),
    ("on_primary", "muted"),
    ("ok", "surface"),
    ("ok", "background"),
    ("ok", "strip"),
    ("danger", "background"),
    ("danger", "strip"),
    ("warn", "surface"),
]


def test_theme_colours_have_at_least_4_5_to_1_contrast() -> None:
    for palette in (DEFAULT_PALETTE, HIGH_CONTRAST_PALETTE):
        low = [
            f"{fg} on {bg}: {contrast(palette[fg], palette[bg]):.2f}"
            for fg, bg in PAIRS
            if contrast(palette[fg], palette[bg]) < 4.5
        ]
        assert not low


def test_body_text_is_at_least_18_points(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    label = shell.window.consent.collected
    assert label.font().pixelSize() >= 24  # 18 pt at 96 dpi
