"""The pinyin on-screen keyboard: Qt Virtual Keyboard's InputPanel inside the main window.

Left to itself the panel opens as a separate window; embedded in a QQuickWidget it is part of
the window, so it is drawn where residents look (and `grab()` sees it). It types into whatever
text field has focus; QT_IM_MODULE=qtvirtualkeyboard must be set before the QApplication.
"""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.qt import (
    Q_ARG,
    QCoreApplication,
    QEvent,
    QMetaObject,
    Qt,
    QUrl,
    QWidget,
)
from kiosk.qt_quick import QQuickWidget

_QML = Path(__file__).with_name("qml") / "keyboard.qml"
KEYBOARD_HEIGHT = 400


class KeyboardPanel(QQuickWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text field keeps the focus
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setClearColor(Qt.GlobalColor.transparent)
        self.setFixedHeight(KEYBOARD_HEIGHT)
        self.used = False  # a key was pressed since the panel was (re)loaded

    @property
    def loaded(self) -> bool:
        return self.rootObject() is not None

    def load(self) -> None:
        """Load the panel's QML (about a third of the shell's start-up when done eagerly): after
        the first paint, or when a screen first asks for the keyboard."""
        if self.loaded:
            return
        self.setSource(QUrl.fromLocalFile(str(_QML)))
        errors = [e.toString() for e in self.errors()]
        if errors:
            raise RuntimeError(f"on-screen keyboard failed to load: {errors}")

    def recycle(self) -> None:
        """Drop the panel's QML and load it afresh, once a resident has typed on it.

        The pinyin input method keeps state per panel that grows with every committed word
        (0.15-0.18 MB a word, measured with benchmarks/journey_driver.py) and holds the last
        resident's candidates and predictions; a fresh panel has neither. A panel nobody
        typed on is kept: reloading costs about 40 ms and a little memory of its own.
        """
        if not self.loaded or not self.used:
            return
        self.used = False
        self.setSource(QUrl())
        self.load()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.used = True  # a finger on a key
        return super().event(event)

    def ready(self) -> bool:
        """The panel takes key presses once its input method (pinyin) is in place."""
        root = self.rootObject()
        if root is None:
            return False
        return bool(root.property("ready"))

    def wait_ready(self, timeout_s: float = 5.0) -> bool:
        """Load and let the panel settle (a few event-loop turns after its QML loads)."""
        self.load()
        deadline = time.monotonic() + timeout_s
        while not self.ready() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        return self.ready()

    def press(self, key: Qt.Key, text: str = "") -> None:
        """Press one key of the panel (what a finger on the key does)."""
        self.wait_ready()
        self.used = True
        root = self.rootObject()
        QMetaObject.invokeMethod(
            root, "press", Q_ARG("QVariant", int(key)), Q_ARG("QVariant", text)
        )

    def type_pinyin(self, letters: str) -> None:
        for letter in letters:
            self.press(Qt.Key(ord(letter.upper())), letter)

    def set_locale(self, qt_locale: str) -> None:
        self.load()
        QMetaObject.invokeMethod(self.rootObject(), "setLocale", Q_ARG("QVariant", qt_locale))

    # driven by a TV remote (kiosk.navigation.remote): a highlighted key, arrows, OK
    @property
    def navigating(self) -> bool:
        """A key of the panel is highlighted: the remote's arrows and OK are the keyboard's."""
        root = self.rootObject()
        return root is not None and bool(root.property("highlightedText"))

    def highlighted_text(self) -> str:
        """The highlighted key's text ("a", " " for space, "backspace", "enter"), or ""."""
        root = self.rootObject()
        return "" if root is None else str(root.property("highlightedText") or "")

    def highlighted_place(self) -> str:
        """Where the highlighted key is on the panel ("x,y"), or ""."""
        root = self.rootObject()
        return "" if root is None else str(root.property("highlightedPlace") or "")

    def start_navigation(self) -> None:
        self.wait_ready()
        QMetaObject.invokeMethod(self.rootObject(), "startNavigation")

    def stop_navigation(self) -> None:
        if self.loaded:
            QMetaObject.invokeMethod(self.rootObject(), "stopNavigation")

    def move_highlight(self, dx: int, dy: int) -> None:
        """The next key to the left (-1, 0), right (1, 0), up (0, -1) or down (0, 1)."""
        QMetaObject.invokeMethod(
            self.rootObject(), "move", Q_ARG("QVariant", dx), Q_ARG("QVariant", dy)
        )

    def press_highlighted(self) -> None:
        self.used = True
        QMetaObject.invokeMethod(self.rootObject(), "pressHighlighted")
