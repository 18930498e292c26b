"""The TV has no touch screen: no text on any of its screens asks for a touch; it names the
remote's keys instead. The kiosk keeps its touch wording."""

from __future__ import annotations

import re

import pytest

from kiosk.qt import QApplication, Qt, QWidget
from kiosk.shell import Shell

# Chinese, English and Mongolian (ᠬᠦᠷᠴᠦ: touching) words for a touch
TOUCH_WORDS = re.compile(r"点击|点一|点选|触摸|轻触|touch|tap|ᠬᠦᠷᠴᠦ", re.IGNORECASE)


def _texts(screen: QWidget) -> list[str]:
    texts = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        text = getattr(widget, "text", None)
        if widget.isVisible() and callable(text):
            value = text()
            if isinstance(value, str) and value:
                texts.append(value)
    return texts


def _touch_texts(shell: Shell) -> list[str]:
    w = shell.window
    found = []
    for index in range(w.stack.count()):
        screen = w.stack.widget(index)
        assert screen is not None
        w.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        found += [
            f"{type(screen).__name__}: {t!r}" for t in _texts(screen) if TOUCH_WORDS.search(t)
        ]
    return found


@pytest.mark.parametrize("language", ["zh", "mn"])
def test_no_tv_screen_asks_for_a_touch(qtbot, make_shell, language: str) -> None:
    """GIVEN the TV shell in Chinese (and in Mongolian) WHEN every screen of the screen table is
    shown THEN no visible text says touch or tap; the start button says to press OK."""
    shell: Shell = make_shell(profile="tv")
    shell.idle_timer.stop()
    start = shell.window.attract.start_button
    if language == "mn":
        qtbot.mouseClick(shell.window.attract.lang_buttons["mn"], Qt.MouseButton.LeftButton)
        assert start.text() == "OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠡᠬᠢᠯᠡ"
    else:
        assert start.text() == "按“确定”键开始"
    assert not _touch_texts(shell)


def test_the_kiosk_keeps_its_touch_wording(make_shell) -> None:
    """GIVEN the touch-screen kiosk WHEN its screens are shown THEN the start button and the
    face check's hint still ask for a touch (the TV wording is the TV's alone)."""
    shell: Shell = make_shell(profile="kiosk")
    shell.idle_timer.stop()
    texts = _touch_texts(shell)
    assert any("AttractScreen" in t for t in texts)
    assert any("FaceCheckScreen" in t for t in texts)
