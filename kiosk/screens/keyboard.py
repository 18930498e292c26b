"""The pinyin on-screen keyboard: Qt Virtual Keyboard's InputPanel inside the main window.

Left to itself the panel opens as a separate window; embedded in a QQuickWidget it is part of
the window, so it is drawn where residents look (and `grab()` sees it). It types into whatever
text field has focus; QT_IM_MODULE=qtvirtualkeyboard must be set before the QApplication.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.qt import Q_ARG, QMetaObject, QQuickWidget, Qt, QUrl, QWidget

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
        self.setSource(QUrl.fromLocalFile(str(_QML)))
        self.setFixedHeight(KEYBOARD_HEIGHT)
        errors = [e.toString() for e in self.errors()]
        if errors:
            raise RuntimeError(f"on-screen keyboard failed to load: {errors}")

    def press(self, key: Qt.Key, text: str = "") -> None:
        """Press one key of the panel (what a finger on the key does)."""
        root = self.rootObject()
        QMetaObject.invokeMethod(
            root, "press", Q_ARG("QVariant", int(key)), Q_ARG("QVariant", text)
        )

    def type_pinyin(self, letters: str) -> None:
        for letter in letters:
            self.press(Qt.Key(ord(letter.upper())), letter)

    def set_locale(self, qt_locale: str) -> None:
        QMetaObject.invokeMethod(self.rootObject(), "setLocale", Q_ARG("QVariant", qt_locale))
