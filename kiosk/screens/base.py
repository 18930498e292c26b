"""What every screen shares: a role-styled label factory and retranslation on language change."""

from __future__ import annotations

from kiosk.qt import QEvent, QLabel, QPushButton, Qt, QWidget
from kiosk.screens.spaced_label import SpacedLabel

# Running text: shown with line spacing of at least 1.3 (headings and numbers stay plain).
SPACED_ROLES = frozenset({"body", "hint", "lead", "success", "error", "tile_subtitle"})


def styled_label(role: str, parent: QWidget | None = None) -> QLabel:
    label = SpacedLabel(parent) if role in SPACED_ROLES else QLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def styled_button(role: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class Screen(QWidget):
    """A full-window page. Subclasses build widgets in __init__ and set texts in retranslate()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
