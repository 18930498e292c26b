"""The TV profile by remote control only: arrows reach every control of every screen, OK acts,
Back steps back (asking in full screen on the home screen), digits type, the focused control's
label is spoken and wears a ring of at least 4 px at 3:1 against what surrounds it."""

from __future__ import annotations

from devices.speech.sim import SimSpeech
from kiosk.qt import QApplication, QImage, QRect, Qt, QWidget
from kiosk.shell import Shell
from tests.helpers.remote import RemoteWalker, focusable_controls, ring_widths

RING_MIN = 4  # px


def _tv_shell(make_shell) -> Shell:
    shell: Shell = make_shell(profile="tv")
    assert shell.remote is not None
    assert shell.window.width() == 1920
    return shell


def _show(shell: Shell, screen: QWidget) -> None:
    shell.window.stack.setCurrentWidget(screen)
    QApplication.processEvents()
    QApplication.processEvents()  # the remote focuses the first control after the screen's hooks


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}#{widget.objectName()}:{str(text)[:16]!r}"


def _ring_problems(shell: Shell, widget: QWidget) -> list[str]:
    """Grab the control's surroundings with and without the ring and compare pixel by pixel."""
    window = shell.window
    assert shell.remote is not None
    ring = shell.remote.ring
    assert ring.target is widget and ring.isVisible()
    corner = widget.mapTo(window, widget.rect().topLeft())
    box = QRect(corner, widget.size())
    area = box.adjusted(-20, -20, 20, 20).intersected(window.rect())
    ringed = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    ring.hide()
    plain = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    ring.show()
    local = box.translated(-area.left(), -area.top())
    widths = ring_widths(ringed, plain, local)
    if min(widths) < RING_MIN:
        return [f"{_name(widget)}: ring {widths} px (left, right, top, bottom)"]
    return []


def test_every_control_of_every_screen_is_reached_by_arrows_and_ringed(qtbot, make_shell) -> None:
    """GIVEN the TV shell WHEN each screen (and the idle warning) is shown and the arrows are
    pressed until no control has an untried arrow THEN the controls reached are exactly the
    focusable controls of the widget tree, and each wears a ring >= 4 px at >= 3:1."""
    shell = _tv_shell(make_shell)
    # screens are shown directly, with no journey: the idle guard's tick would take the idle
    # warning down before its buttons are walked
    shell.idle_timer.stop()
    w = shell.window
    walker = RemoteWalker(qtbot, w)
    unreached: list[str] = []
    rings: list[str] = []
    controls = 0
    for index in range(w.stack.count()):
        screen = w.stack.widget(index)
        assert screen is not None
        _show(shell, screen)
        expected = set(focusable_controls(screen)) | set(focusable_controls(w.strip))
        reached = walker.walk()
        controls += len(expected)
        missing = expected - reached
        unreached += [f"{type(screen).__name__}: {_name(x)}" for x in missing]
        assert reached <= expected, [_name(x) for x in reached - expected]
        for widget in reached:
            walker.go_to(widget)
            rings += _ring_problems(shell, widget)
    w.idle_warning.show_countdown(20, True)
    qtbot.waitUntil(lambda: walker.focused() is w.idle_warning.continue_button)  # it takes focus
    expected = set(focusable_controls(w.idle_warning))
    assert walker.walk() == expected
    for widget in expected:  # the ring is drawn over the warning's dimmed backdrop
        walker.go_to(widget)
        rings += _ring_problems(shell, widget)
    assert controls > 150
    assert not unreached, "\n".join(unreached)
    assert not rings, "\n".join(rings)


def _press_until(walker: RemoteWalker, key: Qt.Key, target: QWidget, limit: int = 20) -> None:
    for _ in range(limit):
        if walker.focused() is target:
            return
        walker.press(key)
    assert walker.focused() is target, _name(walker.focused() or target)


def test_ok_back_digits_and_spoken_labels_by_remote(qtbot, make_shell) -> None:
    """GIVEN the TV shell on its attract screen WHEN the resident uses only the remote THEN
    OK starts and opens a service, digits type the call-back number, each arrow says the new
    control's label, Back steps back one screen, and Back on the home screen asks in full
    screen whether to end, where Back again answers no and OK on "yes" ends."""
    shell = _tv_shell(make_shell)
    w = shell.window
    speech = shell.devices.speech()
    assert isinstance(speech, SimSpeech)
    said = speech.utterances
    walker = RemoteWalker(qtbot, w)
    qtbot.waitUntil(lambda: walker.focused() is w.attract.start_button)
    walker.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.home)
    assert "方向键" in w.home.hint.text()  # the TV asks for arrows and OK, never a touch
    qtbot.waitUntil(lambda: walker.focused() is w.home.tiles["consultation"])
    before = sum(said.values())
    walker.press(Qt.Key.Key_Right)
    assert walker.focused() is not w.home.tiles["consultation"]
    qtbot.waitUntil(lambda: sum(said.values()) > before)  # the new tile's title, spoken

    walker.press(Qt.Key.Key_Back)  # on the home screen: the question, a whole screen
    assert w.stack.currentWidget() is w.end_session
    assert w.end_session.geometry() == w.stack.rect() and not w.idle_warning.isVisible()
    walker.press(Qt.Key.Key_Escape)  # Back again: no, back to the home screen
    assert w.stack.currentWidget() is w.home

    walker.press(Qt.Key.Key_Down)  # the second row of tiles, then along it
    _press_until(walker, Qt.Key.Key_Right, w.home.tiles["hotline"], limit=3)
    walker.press(Qt.Key.Key_Enter)
    assert w.stack.currentWidget() is w.hotline
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_8, Qt.Key.Key_0):
        walker.press(key)
    assert w.hotline.phone_edit.text() == "1380"
    walker.press(Qt.Key.Key_Back)  # one step back: the home screen
    assert w.stack.currentWidget() is w.home

    walker.press(Qt.Key.Key_Back)
    assert w.stack.currentWidget() is w.end_session
    _press_until(walker, Qt.Key.Key_Right, w.end_session.finish_button)
    walker.press(Qt.Key.Key_Return)
    assert w.stack.currentWidget() in (w.rating, w.attract)  # a service was opened: rated
