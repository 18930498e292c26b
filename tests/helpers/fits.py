"""Whether a kiosk screen fits its terminal's window: the window's size once its layouts have
settled, where a widget lies in it, and a shell started as a resident starts it (shared by the
fit tests of the robot, the TV and the mediation screens)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.qt import QApplication, QPoint, QRect, Qt, QWidget
from kiosk.shell import Shell


def settled_size(window: QWidget) -> tuple[int, int]:
    """The window's size once its layouts have settled: the same for three turns of the event
    loop (a screen polished larger, as in the elders' mode, and then made to scroll, takes a
    few turns)."""
    sizes: list[tuple[int, int]] = []
    for _ in range(20):
        QApplication.processEvents()
        sizes.append((window.width(), window.height()))
        if len(sizes) >= 3 and len(set(sizes[-3:])) == 1:
            break
    return sizes[-1]


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    """`widget`'s rectangle in `window`'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def inside(window: QWidget, widget: QWidget) -> bool:
    """Whether the whole of `widget` lies inside `window` (nothing cut off at an edge)."""
    return QRect(0, 0, window.width(), window.height()).contains(rect_in(window, widget))


def left_of(left: QWidget, right: QWidget, window: QWidget) -> bool:
    """Whether `left` ends where `right` begins or before it (side by side, not stacked)."""
    return left.mapTo(window, QPoint(left.width(), 0)).x() <= right.mapTo(window, QPoint(0, 0)).x()


def png_dir(tmp_path: Path) -> Path:
    """Where the screens are rendered for a person to look at: MEDIATION_PNG_DIR keeps them,
    else the test's own temporary folder."""
    folder = Path(os.environ.get("MEDIATION_PNG_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def started_shell(
    qtbot: Any, make_shell: Callable[..., Shell], profile: str, language: str, large: bool
) -> Shell:
    """A shell of `profile` (its idle timer stopped) that a resident has started by touching
    the attract screen, in `language`, with the elders' large text when `large`."""
    shell = make_shell(profile=profile)
    shell.idle_timer.stop()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    shell.journey.choose_language(language)
    if large:
        qtbot.mouseClick(w.strip.large_text_button, Qt.MouseButton.LeftButton)
    return shell
