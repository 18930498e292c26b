"""Driving the kiosk shell through a video call, as a resident does: shared by the call tests."""

from __future__ import annotations

from PySide6.QtTest import QTest

from kiosk.qt import QPoint, Qt
from kiosk.shell import Shell
from remote_sessions.pattern import read_counter
from tests.media_scenario import COUNTER_START

CLICK = Qt.MouseButton.LeftButton
PHONE = "13800138000"


def to_waiting_room(qtbot, shell: Shell, started: bool = False) -> None:
    """Home -> "appointment or video session" -> video call now -> the notice -> the queue."""
    w = shell.window
    if not started:
        qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    assert w.stack.currentWidget() is w.booking
    qtbot.mouseClick(w.booking.video_button, CLICK)
    assert w.stack.currentWidget() is w.session_consent
    consent = w.session_consent
    assert consent.recording.isVisible() and consent.recording.text()
    assert not consent.agree_button.isEnabled()  # a phone number first: the request needs one
    for digit in PHONE:
        qtbot.mouseClick(consent.keypad.keys[digit], CLICK)
    qtbot.mouseClick(consent.agree_button, CLICK)
    assert w.stack.currentWidget() is w.session_wait


def decoded(shell: Shell, seen: set[int], above: int = 0) -> bool:
    """Reads the staff's counter from the frame the call screen shows; True at five."""
    pixels = shell.window.session_call.last_remote_pixels()
    value = None if pixels is None else read_counter(pixels)
    if value is not None and value >= max(COUNTER_START["staff"], above + 1):
        seen.add(value)
    return len(seen) >= 5


def sign_by_touch(qtbot, pad) -> None:
    """Two strokes written with a finger: touch events, as the touchscreen sends them. The
    offscreen platform's screen is 800x800 and drops touches outside it: the portrait window
    (1092x1920) is moved so that the pad lies on that screen, as it lies on the real one."""
    window = pad.window()
    corner = pad.mapTo(window, QPoint(0, 0))
    window.move(-corner.x() + 40, -corner.y() + 40)
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: screen.contains(pad.rect().translated(pad.mapToGlobal(QPoint(0, 0)))))
    finger = QTest.createTouchDevice()
    for stroke in ([(60, 150), (120, 90), (180, 160), (240, 80)], [(330, 70), (420, 170)]):
        QTest.touchEvent(pad, finger).press(0, QPoint(*stroke[0]), pad).commit()
        for x, y in stroke[1:]:
            QTest.touchEvent(pad, finger).move(0, QPoint(x, y), pad).commit()
        QTest.touchEvent(pad, finger).release(0, QPoint(*stroke[-1]), pad).commit()
