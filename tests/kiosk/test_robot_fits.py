"""The robot's chest tablet is 1280x800: every screen of the screen table fits it, in Chinese
and in Mongolian; the keyboard floats over the half away from the field the resident touched
(there is no room for it under the screen); a screen taller than the tablet scrolls above its
footer, so Back and Done stay in view."""

from __future__ import annotations

import pytest

from kiosk.controllers.session_view import CallView, Phase
from kiosk.qt import (
    QAbstractButton,
    QApplication,
    QFontInfo,
    QPoint,
    QRect,
    QScrollArea,
    Qt,
    QWidget,
)
from kiosk.shell import Shell
from kiosk.theme.sizes import BODY_MIN_PX, MAIN_TARGET_MIN_PX
from tests.helpers.fits import inside, settled_size


def _show(shell: Shell, name: str) -> QWidget:
    w = shell.window
    for index in range(w.stack.count()):
        screen = w.stack.widget(index)
        if screen is not None and type(screen).__name__ == name:
            w.stack.setCurrentWidget(screen)
            QApplication.processEvents()
            QApplication.processEvents()
            return screen
    raise AssertionError(f"no {name} in the screen table")


@pytest.mark.parametrize(
    ("language", "large"), [("zh", False), ("mn", False), ("zh", True), ("mn", True)]
)
def test_every_robot_screen_keeps_the_window_at_1280x800(
    qtbot, make_shell, language: str, large: bool
) -> None:
    """GIVEN the robot shell (Chinese, Mongolian, the elders' large text) WHEN each screen of
    the table is shown in turn THEN the window stays 1280x800 (before, the tallest screen and a
    keyboard under it made it 1108 px high for every screen, cutting off every footer)."""
    shell: Shell = make_shell(profile="robot")
    shell.idle_timer.stop()
    w = shell.window
    if language == "mn":
        qtbot.mouseClick(w.attract.lang_buttons["mn"], Qt.MouseButton.LeftButton)
    if large:
        qtbot.mouseClick(w.strip.large_text_button, Qt.MouseButton.LeftButton)
    sizes: dict[str, tuple[int, int]] = {}
    for index in range(w.stack.count()):
        screen = w.stack.widget(index)
        assert screen is not None
        w.stack.setCurrentWidget(screen)
        sizes[type(screen).__name__] = settled_size(w)
    too_big = {name: size for name, size in sizes.items() if size != (1280, 800)}
    assert too_big == {}, too_big


@pytest.mark.parametrize("language", ["zh", "mn"])
def test_the_call_screen_fits_the_robot_in_the_elders_mode_with_everything_shown(
    qtbot, make_shell, language: str
) -> None:
    """GIVEN the robot in the elders' mode WHEN the one-to-one call shows the staff member, the
    recording note and typed words, and then the connection drops (the banner line as well)
    THEN the window stays 1280x800 with every button inside it, the buttons keep the elders'
    target height and the text the elders' type (the call screen was 895 px high: picture,
    self view and four large buttons stacked beside each other)."""
    shell: Shell = make_shell(profile="robot")
    shell.idle_timer.stop()
    w = shell.window
    if language == "mn":
        qtbot.mouseClick(w.attract.lang_buttons["mn"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.strip.large_text_button, Qt.MouseButton.LeftButton)
    screen = w.session_call
    view = CallView("notarisation", "K001-261129-00001-7", phase=Phase.IN_CALL)
    view.staff_name, view.staff_role, view.recording = "王公证员", "notary", True
    view.caption = "请把身份证放在读卡器上，然后看着摄像头。"
    screen.show_view(view)
    _show(shell, "SessionCallScreen")
    for phase in (Phase.IN_CALL, Phase.INTERRUPTED, Phase.FAILED):
        view.phase = phase
        screen.show_view(view)
        assert settled_size(w) == (1280, 800), phase
        buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible()]
        assert len(buttons) == 3, phase  # quieter, louder and End (or Continue)
        for button in buttons:
            assert inside(shell.window, button), (phase, button.objectName())
            assert button.height() >= MAIN_TARGET_MIN_PX["robot"], button.objectName()
        for label in (screen.staff_role, screen.volume_label, screen.caption):
            assert QFontInfo(label.font()).pixelSize() >= BODY_MIN_PX[("robot", True)]
        assert inside(shell.window, screen.caption) and inside(shell.window, screen.remote)
        assert screen.remote.rect().contains(screen.own.geometry())  # the self view's corner


def test_a_tall_screen_scrolls_and_keeps_its_footer_in_view(qtbot, make_shell) -> None:
    """GIVEN the progress screen (a keypad and a scanner button: taller than the tablet) WHEN it
    is shown on the robot THEN Back and Done lie inside the window, and the query button, below
    the fold, is reached by scrolling."""
    shell: Shell = make_shell(profile="robot")
    shell.idle_timer.stop()
    screen = _show(shell, "ProgressScreen")
    assert inside(shell.window, screen.back_button)  # type: ignore[attr-defined]
    assert inside(shell.window, screen.done_button)  # type: ignore[attr-defined]
    query: QWidget = screen.query_button  # type: ignore[attr-defined]
    scroller = next(
        area
        for area in screen.findChildren(QScrollArea)
        if (inner := area.widget()) is not None and inner.isAncestorOf(query)
    )
    scroller.ensureWidgetVisible(query)
    QApplication.processEvents()
    viewport = scroller.viewport()
    assert viewport.rect().contains(QRect(query.mapTo(viewport, QPoint(0, 0)), query.size()))


def test_the_keyboard_floats_beside_the_field_touched_and_goes_with_the_screen(
    qtbot, make_shell
) -> None:
    """GIVEN the consultation screen on the robot WHEN the resident touches the search field
    THEN the keyboard shows over the lower half (the field is in the upper half), leaving the
    field uncovered; WHEN they touch Back THEN the keyboard goes with the screen."""
    shell: Shell = make_shell(profile="robot")
    shell.idle_timer.stop()
    w = shell.window
    w.show()
    qtbot.waitExposed(w)
    screen = _show(shell, "ConsultScreen")
    keyboard = w.keyboard
    body = w.centralWidget()
    assert keyboard is not None and body is not None
    assert not keyboard.isVisible()
    field: QWidget = screen.search_edit  # type: ignore[attr-defined]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.geometry().top() >= field.mapTo(body, QPoint(0, field.height())).y()
    assert keyboard.geometry().bottom() < body.height()
    _show(shell, "HomeScreen")
    assert not keyboard.isVisible()
