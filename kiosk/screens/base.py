"""What every screen shares: a role-styled label factory and retranslation on language change.

Labels and buttons from these factories write vertically when the language is Mongolian, and a
screen turns its layout for vertical writing (kiosk.screens.writing_mode) after retranslating."""

from __future__ import annotations

from kiosk.qt import QEvent, QLabel, QPushButton, QShowEvent, Qt, QWidget
from kiosk.screens.script_text import ScriptButton, ScriptLabel, ScriptSpacedLabel
from kiosk.screens.writing_mode import apply_writing_mode, invalidate_all, vertical_now

# Running text: shown with line spacing of at least 1.3 (headings and numbers stay plain).
SPACED_ROLES = frozenset({"body", "hint", "lead", "success", "error", "tile_subtitle"})
# Buttons that show one character (keypad keys) turn with nothing: they are not words.
UPRIGHT_BUTTON_ROLES = frozenset({"key"})


def styled_label(role: str, parent: QWidget | None = None) -> QLabel:
    label = ScriptSpacedLabel(parent) if role in SPACED_ROLES else ScriptLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def styled_button(role: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent) if role in UPRIGHT_BUTTON_ROLES else ScriptButton(parent)
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

    def follow_writing_mode(self) -> None:
        """Arrange the screen for the current language's writing direction (call it after
        adding widgets to a screen already shown)."""
        apply_writing_mode(self, vertical_now())
        self.arrange_for_writing()
        invalidate_all(self)

    def arrange_for_writing(self) -> None:
        """What a screen arranges itself beyond its layouts when the writing mode may have
        changed (a camera picture's place)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.follow_writing_mode()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.follow_writing_mode()
        super().showEvent(event)
