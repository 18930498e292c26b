"""The TV remote: arrows move the focus (kiosk.navigation.spatial), OK activates the focused
control, Back goes one step back, digit keys type where digits are typed.

Installed on the application for the main window only. Back presses the current screen's own
back button when it shows one (so a screen that steps back within itself does so), else pops
the journey one screen; on the home screen it opens the full-screen question whether to end
the session; while the idle warning shows, Back means "continue"."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.flows.journey import ATTRACT, END_SESSION, HOME, Journey
from kiosk.navigation.keyboard_place import float_keyboard, sink_keyboard
from kiosk.navigation.ring import FocusRing
from kiosk.navigation.spatial import Box, Direction, next_focus
from kiosk.qt import (
    QAbstractButton,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QScrollArea,
    Qt,
    QTimer,
    QWidget,
)
from kiosk.screens.keyboard import KeyboardPanel
from kiosk.screens.keypad import Keypad
from kiosk.screens.writing_mode import vertical_now
from kiosk.window import MainWindow

ARROWS = {
    Qt.Key.Key_Left: Direction.LEFT,
    Qt.Key.Key_Right: Direction.RIGHT,
    Qt.Key.Key_Up: Direction.UP,
    Qt.Key.Key_Down: Direction.DOWN,
}
OK_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
BACK_KEYS = frozenset({Qt.Key.Key_Back, Qt.Key.Key_Escape})
DIGITS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
KEY_STEPS = {  # arrows over the on-screen keyboard's keys: (dx, dy)
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def focusable_in(root: QWidget) -> list[QWidget]:
    """The controls under `root` a remote can reach: shown, enabled, taking keyboard focus."""
    found = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.focusProxy()
    ]
    return [w for w in found if not isinstance(w.parentWidget(), QScrollArea)]


def label_of(widget: QWidget) -> str:
    """What is said when `widget` takes focus: its accessible name, else its text."""
    name = widget.accessibleName()
    if name:
        return name
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText() or widget.text()
    return ""


class RemoteControl(QObject):
    """Key events of the main window, read as a TV remote's. `say` speaks a control's label."""

    def __init__(self, window: MainWindow, journey: Journey, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._journey = journey
        self._say = say
        central = window.centralWidget()
        assert central is not None
        self.ring = FocusRing(central)
        window.stack.currentChanged.connect(lambda _index: self._screen_changed())
        QTimer.singleShot(0, self, self.focus_first)  # the attract screen, once it is shown
        self._before_warning: QWidget | None = None  # the focus the idle warning took over
        window.idle_warning.installEventFilter(self)

    # what the remote can reach now
    def scope(self) -> list[QWidget]:
        """The idle warning's buttons while it shows; else the current screen's controls and
        the language buttons of the status strip."""
        w = self._window
        if w.idle_warning.isVisible():
            return focusable_in(w.idle_warning)
        screen = w.stack.currentWidget()
        on_screen = focusable_in(screen) if screen is not None else []
        return [*on_screen, *focusable_in(w.strip)]

    def current(self) -> QWidget | None:
        focused = self._window.focusWidget()
        return focused if focused in self.scope() else None

    def _box(self, widget: QWidget) -> Box:
        corner = widget.mapTo(self._window, widget.rect().topLeft())
        return Box(corner.x(), corner.y(), widget.width(), widget.height())

    def focus(self, widget: QWidget | None, spoken: bool = True) -> None:
        if widget is None:
            return
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 16, 16)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ring.place(widget)
        if spoken:
            label = label_of(widget)
            if label:
                self._say(label)

    def focus_first(self) -> None:
        """A screen (or the idle warning) appeared: its first control takes the focus, unless the
        screen already focused one of its own (a text field waiting for its number)."""
        w = self._window
        page = w.idle_warning if w.idle_warning.isVisible() else w.stack.currentWidget()
        focused = w.focusWidget()
        on_page = [(x, self._box(x)) for x in self.scope() if page is None or page.isAncestorOf(x)]
        if any(x is focused for x, _box in on_page):
            self.ring.place(focused)  # the strip's language buttons do not keep the focus
            return
        boxes = on_page or [(x, self._box(x)) for x in self.scope()]
        self.focus(next_focus(None, boxes, Direction.DOWN, vertical_now()), spoken=False)

    def _screen_changed(self) -> None:
        if self._window.keyboard is not None:
            self._window.keyboard.stop_navigation()  # a new screen starts on its controls
            sink_keyboard(self._window)
        QTimer.singleShot(0, self, self.focus_first)  # after the screen's own enter hook

    # keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window.idle_warning:
            self._warning_shown_or_hidden(event.type())
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        return self.handle(event)

    def _warning_shown_or_hidden(self, kind: QEvent.Type) -> None:
        """The idle warning takes the focus while it shows and gives it back after."""
        if kind == QEvent.Type.Show:
            self._before_warning = self._window.focusWidget()
            QTimer.singleShot(0, self, self.focus_first)
        elif kind == QEvent.Type.Hide:
            before, self._before_warning = self._before_warning, None
            if before is not None and before in self.scope():
                self.focus(before, spoken=False)
            else:
                QTimer.singleShot(0, self, self.focus_first)

    def handle(self, event: QKeyEvent) -> bool:
        """True when the key was the remote's (consumed)."""
        key = Qt.Key(event.key())
        keyboard = self._window.keyboard
        if keyboard is not None and keyboard.isVisible() and keyboard.navigating:
            return self._keyboard_key(key, keyboard)
        if key in ARROWS:
            self.move(ARROWS[key])
            return True
        if key in OK_KEYS:
            return self._ok()
        if key in BACK_KEYS:
            self.back()
            return True
        if key in DIGITS:
            return self._digit(DIGITS[key])
        return False

    def move(self, direction: Direction) -> None:
        scope = self.scope()
        boxes = [(w, self._box(w)) for w in scope]
        self.focus(next_focus(self.current(), boxes, direction, vertical_now()))

    def _ok(self) -> bool:
        focused = self.current()
        if focused is None:  # nothing focused yet: the screen's own OK (the attract's start)
            self.focus_first()
            return False
        if isinstance(focused, QAbstractButton):
            focused.click()
            QTimer.singleShot(0, self, self._refocus)
            return True
        keyboard = self._window.keyboard
        typed_into = isinstance(focused, QLineEdit | QPlainTextEdit) and not focused.isReadOnly()
        if typed_into and keyboard is not None and self._window.wants_keyboard():
            if self._window.keyboard_floats:
                float_keyboard(self._window, focused)
            keyboard.start_navigation()  # OK on a text field: onto the keyboard's keys
            self._say_key(keyboard)
            return True
        return False  # a text field without the keyboard: Enter is its own

    def _keyboard_key(self, key: Qt.Key, keyboard: KeyboardPanel) -> bool:
        """While a key of the on-screen keyboard is highlighted: arrows move between keys, OK
        presses the highlighted one (into the focused field), Back leaves the keyboard for the
        field; digits still type. Other keys are the field's own."""
        if key in KEY_STEPS:
            keyboard.move_highlight(*KEY_STEPS[key])
            self._say_key(keyboard)
            return True
        if key in OK_KEYS:
            keyboard.press_highlighted()
            return True
        if key in BACK_KEYS:
            keyboard.stop_navigation()
            sink_keyboard(self._window)
            focused = self.current()
            if focused is not None:
                self.ring.place(focused)
            return True
        if key in DIGITS:
            return self._digit(DIGITS[key])
        return False

    def _say_key(self, keyboard: KeyboardPanel) -> None:
        text = keyboard.highlighted_text()
        if len(text) == 1 and not text.isspace():
            self._say(text)

    def _refocus(self) -> None:
        """What OK did may have hidden the focused control (a step within a screen)."""
        if self.current() is None:
            self.focus_first()
        else:
            self.ring.place(self.current())

    def back(self) -> None:
        w = self._window
        if w.idle_warning.isVisible():
            w.idle_warning.continue_requested.emit()
            return
        where = self._journey.navigator.current
        if where == ATTRACT:
            return
        if where == HOME:
            self._journey.navigator.push(END_SESSION)
            return
        button = getattr(w.stack.currentWidget(), "back_button", None)
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            button.click()
        else:
            self._journey.back()
        QTimer.singleShot(0, self, self._refocus)

    def _digit(self, digit: str) -> bool:
        """Typed into the focused text field (whichever widget the key event was sent to),
        else into the screen's keypad."""
        focused = self.current()
        if isinstance(focused, QLineEdit):
            if focused.isReadOnly():
                return False
            focused.insert(digit)
            return True
        if isinstance(focused, QPlainTextEdit):
            focused.insertPlainText(digit)
            return True
        screen = self._window.stack.currentWidget()
        keypads = screen.findChildren(Keypad) if screen is not None else []
        for keypad in keypads:
            if keypad.isVisible():
                keypad.keys[digit].click()
                return True
        return False
