"""Where the on-screen keyboard floats on the TV: over the half of the screen the text field is
not in, full width, shown only while the resident types on it by remote (a 1080 px high TV has
no room for a keyboard under every screen that takes text)."""

from __future__ import annotations

from kiosk.qt import QWidget
from kiosk.window import MainWindow


def float_keyboard(window: MainWindow, field: QWidget) -> None:
    """Show the keyboard at the bottom of the window when `field` is in its upper half, else at
    the top, so the field and the keyboard are both seen."""
    keyboard = window.keyboard
    body = window.centralWidget()
    if keyboard is None or body is None:
        return
    keyboard.load()
    height = keyboard.height()
    centre = field.mapTo(body, field.rect().center()).y()
    top = body.height() - height if centre < body.height() / 2 else 0
    keyboard.setGeometry(0, top, body.width(), height)
    keyboard.show()
    keyboard.raise_()
    window.idle_warning.raise_()  # the idle warning stays on top of everything


def sink_keyboard(window: MainWindow) -> None:
    """The resident is done typing: the floating keyboard goes away."""
    keyboard = window.keyboard
    if keyboard is not None and window.keyboard_floats:
        keyboard.hide()
