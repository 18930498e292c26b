"""Mouse clicks and typing delivered to widgets the way QTest delivers them (synchronous press
and release events through the application), using only `kiosk.qt`: benchmarks import Qt
through the same module as the shell they measure (see the import contracts)."""

from __future__ import annotations

from kiosk.qt import QApplication, QEvent, QKeyEvent, QMouseEvent, QPointF, Qt, QWidget

LEFT = Qt.MouseButton.LeftButton


def click(widget: QWidget) -> None:
    """A left click in the middle of `widget`: press, then release."""
    local = QPointF(widget.rect().center())
    screen = QPointF(widget.mapToGlobal(widget.rect().center()))
    for kind, held in (
        (QEvent.Type.MouseButtonPress, LEFT),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, local, screen, LEFT, held, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def type_text(widget: QWidget, text: str) -> None:
    """Each character of `text` as a key press and release on `widget`."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
