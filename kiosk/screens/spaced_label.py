"""Body text with age-friendly line spacing (at least 1.3 times the type size).

Qt style sheets have no line-height for a plain QLabel, and the default spacing of CJK fonts is
about 1.15-1.2 times the size. The label therefore keeps the plain text it is given and shows it
as rich text with a fixed line height in pixels, derived from the font the style sheet gave it;
when the font changes (style sheet, profile scale, language) the height is worked out again.
`text()` still returns the plain text, so what is read aloud and what tests compare stays plain.
"""

from __future__ import annotations

import html
import math

from kiosk.qt import QEvent, QFontInfo, QLabel, Qt, QWidget

LINE_SPACING = 1.35  # of the font's pixel size; the rule asks for at least 1.3


def spaced_html(text: str, line_height_px: int) -> str:
    """`text` escaped (so a resident's input is never read as markup), lines kept."""
    body = html.escape(text).replace("\n", "<br>")
    return f'<div style="line-height:{line_height_px}px">{body}</div>'


class SpacedLabel(QLabel):
    """A word-wrapped QLabel whose lines stand at least 1.3 font sizes apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = ""
        self._shown_for = -1  # the pixel size the current markup was built for
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def line_height_px(self) -> int:
        return math.ceil(QFontInfo(self.font()).pixelSize() * LINE_SPACING)

    def setText(self, text: str) -> None:
        self._plain = text
        self._render()

    def text(self) -> str:
        return self._plain

    def _render(self) -> None:
        height = self.line_height_px()
        self._shown_for = height
        super().setText(spaced_html(self._plain, height) if self._plain else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.line_height_px() != self._shown_for:
            self._render()
