"""The floating keyboard on a landscape touch terminal (the robot's 1280x800 tablet): it has no
height for a keyboard under every screen that takes text, so, as on the TV, the keyboard floats
over the half of the screen the field is not in, shown while a text field has the focus."""

from __future__ import annotations

from kiosk.navigation.keyboard_place import float_keyboard, sink_keyboard
from kiosk.qt import QApplication, QLineEdit, QObject, QPlainTextEdit, QWidget
from kiosk.window import MainWindow


def _typed_into(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly()


class TouchKeyboard(QObject):
    """Follows the focus: a text field of the current screen (when the screen takes text)
    brings the keyboard up beside it; a touch on anything else but the keyboard puts it away."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        app.focusChanged.connect(self._follow)

    def stop(self) -> None:
        self._app.focusChanged.disconnect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self._window
        keyboard = window.keyboard
        if keyboard is None or new is None:
            return
        if keyboard.isAncestorOf(new) or new is keyboard:
            return  # a touch on the keyboard's keys: it stays
        screen = window.stack.currentWidget()
        in_screen = screen is not None and screen.isAncestorOf(new)
        if _typed_into(new) and in_screen and window.wants_keyboard():
            float_keyboard(window, new)
        else:
            sink_keyboard(window)
