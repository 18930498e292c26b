"""A large touch target with a title and a wrapped subtitle (a QPushButton, so it is clickable
and focusable with a remote control)."""

from __future__ import annotations

from kiosk.qt import QPushButton, QSizePolicy, Qt, QVBoxLayout, QWidget
from kiosk.screens.base import styled_label


class Tile(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title_label = styled_label("tile_title", self)
        self.subtitle_label = styled_label("tile_subtitle", self)
        for label in (self.title_label, self.subtitle_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addStretch(1)

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
