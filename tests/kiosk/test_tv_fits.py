"""The TV is 1920x1080: every screen of the screen table fits it, in Chinese and in Mongolian,
with the keyboard floating over the half away from the field (not under every screen)."""

from __future__ import annotations

import pytest

from kiosk.qt import QApplication, Qt
from kiosk.shell import Shell


@pytest.mark.parametrize("language", ["zh", "mn"])
def test_every_tv_screen_keeps_the_window_at_1920x1080(qtbot, make_shell, language: str) -> None:
    """GIVEN the TV shell WHEN each screen of the table is shown in turn (Chinese, Mongolian)
    THEN the window stays 1920x1080 (a stack would otherwise take the tallest screen's height
    for all of them, and a keyboard under the screen another 400 px)."""
    shell: Shell = make_shell(profile="tv")
    shell.idle_timer.stop()
    w = shell.window
    if language == "mn":
        qtbot.mouseClick(w.attract.lang_buttons["mn"], Qt.MouseButton.LeftButton)
    sizes: dict[str, tuple[int, int]] = {}
    for index in range(w.stack.count()):
        screen = w.stack.widget(index)
        assert screen is not None
        w.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        QApplication.processEvents()
        sizes[type(screen).__name__] = (w.width(), w.height())
    too_big = {name: size for name, size in sizes.items() if size != (1920, 1080)}
    assert not too_big
