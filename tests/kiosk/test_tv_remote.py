"""The TV profile by remote control only: arrows reach every control of every screen, OK acts,
Back steps back (asking in full screen on the home screen), digits type, the focused control's
label is spoken and wears a ring of at least 4 px at 3:1 against what surrounds it."""

from __future__ import annotations

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
    QApplication.processEvents()
    walker.press(Qt.Key.Key_Down)
    expected = set(focusable_controls(w.idle_warning))
    assert walker.walk() == expected
    assert controls > 150
    assert not unreached, "\n".join(unreached)
    assert not rings, "\n".join(rings)
