"""Traditional Mongolian written as it is read: top to bottom, columns from left to right.

Qt shapes Mongolian correctly (joined letter forms) but lays every line out horizontally. Here
text is cut into pieces that may not be broken (a word, or one upright character), the pieces
are packed into columns no taller than the room, and each column is painted from the left edge
rightwards. A word is shaped by Qt as a horizontal line and painted turned 90 degrees clockwise;
Chinese (and other wide East Asian characters) stays upright, one character under the other,
as CSS `writing-mode: vertical-lr` with `text-orientation: mixed` does. Latin letters and digits
turn with the column like Mongolian.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from kiosk.qt import (
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPointF,
    QPushButton,
    QSize,
    QStyle,
    QStyleOptionButton,
    QTextLayout,
    QTextLine,
    QTextOption,
    QWidget,
)

PAD = 18
MONGOLIAN = range(0x1800, 0x18B0)


def has_mongolian(text: str) -> bool:
    return any(ord(ch) in MONGOLIAN for ch in text)


def upright(ch: str) -> bool:
    """Characters that keep their orientation in a vertical column (Han, kana, full-width forms)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


@dataclass
class Piece:
    """A piece of a column: `text` painted turned (a word) or upright (one wide character)."""

    text: str
    upright: bool
    length: float  # along the column
    ascent: float  # ink across the column on either side of the baseline
    descent: float
    line: QTextLayout | None = None  # the shaped word, for a turned piece
    line_ascent: float = 0.0  # where the shaped line's baseline lies below its top


@dataclass
class Column:
    pieces: list[Piece] = field(default_factory=list)
    length: float = 0.0

    @property
    def ascent(self) -> float:
        return max((p.ascent for p in self.pieces), default=0.0)

    @property
    def descent(self) -> float:
        return max((p.descent for p in self.pieces), default=0.0)


def shaped(text: str, font: QFont) -> QTextLayout:
    """`text` laid out by Qt as one horizontal line (shaped: Mongolian letters joined)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def ink_extent(layout: QTextLayout, baseline: float) -> tuple[float, float]:
    """How far the glyphs' ink reaches above and below the baseline (plus a pixel each way).

    Noto Sans Mongolian declares an ascent of 1.46 em, twice what its letters use: columns
    as thick as the declared line would take twice the width of the screen."""
    top, bottom = baseline, baseline
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            rect = raw.boundingRect(index)
            top = min(top, position.y() + rect.top())
            bottom = max(bottom, position.y() + rect.bottom())
    return baseline - top + 1, bottom - baseline + 1


def _first_line(layout: QTextLayout) -> QTextLine:
    return layout.lineAt(0)


def words(text: str) -> list[str]:
    """Unbreakable runs: words between spaces, and each upright character alone; "\\n" kept.

    Only the ASCII space breaks: U+202F (narrow no-break space) joins a Mongolian suffix to its
    word and must stay inside it."""
    out: list[str] = []
    current = ""
    for ch in text:
        if ch in (" ", "\n") or upright(ch):
            if current:
                out.append(current)
                current = ""
            out.append(ch)
        else:
            current += ch
    if current:
        out.append(current)
    return out


class ColumnText:
    """Text broken into columns for a font; the layout a vertical widget paints and measures."""

    def __init__(self, text: str, font: QFont) -> None:
        self.text = text
        self.font = QFont(font)
        metrics = QFontMetricsF(self.font)
        self._upright_length = metrics.height()
        self._ascent = metrics.ascent()
        self._descent = metrics.descent()
        self._space = metrics.horizontalAdvance(" ")
        self._pieces = [self._piece(w) for w in words(text)]

    def _piece(self, word: str) -> Piece | None:
        if word == "\n":
            return None
        if word == " ":
            return Piece(" ", False, self._space, 0.0, 0.0)
        if len(word) == 1 and upright(word):
            half = self._upright_length / 2
            return Piece(word, True, self._upright_length, half, half)
        layout = shaped(word, self.font)
        line = _first_line(layout)
        ascent, descent = ink_extent(layout, line.ascent())
        return Piece(word, False, line.naturalTextWidth(), ascent, descent, layout, line.ascent())

    def natural_length(self) -> float:
        """The length of the text in one column (forced breaks aside)."""
        return max((c.length for c in self.columns(math.inf)), default=0.0)

    def columns(self, height: float) -> list[Column]:
        """The pieces packed greedily into columns no longer than `height` where possible."""
        columns = [Column()]
        for piece in self._pieces:
            current = columns[-1]
            if piece is None:
                columns.append(Column())
                continue
            if piece.text == " " and not current.pieces:
                continue  # a column never starts with a space
            if current.pieces and current.length + piece.length > height:
                if piece.text == " ":
                    columns.append(Column())
                    continue
                current = Column()
                columns.append(current)
            current.pieces.append(piece)
            current.length += piece.length
        for column in columns:  # a trailing space takes no room
            while column.pieces and column.pieces[-1].text == " ":
                column.length -= column.pieces.pop().length
        return [c for c in columns if c.pieces] or []

    def thickness(self, column: Column) -> float:
        return max(column.ascent + column.descent, self._ascent + self._descent)

    def extent(self, height: float, pitch: float = 0.0) -> tuple[float, float]:
        """(width of all columns side by side, length of the longest) for a column `height`."""
        columns = self.columns(height)
        width = sum(max(self.thickness(c), pitch) for c in columns)
        return width, max((c.length for c in columns), default=0.0)

    def paint(
        self, painter: QPainter, left: float, top: float, height: float, pitch: float = 0.0
    ) -> list[tuple[float, float]]:
        """Paint the columns from `left` rightwards; returns each column's (x, length)."""
        painter.setFont(self.font)
        placed: list[tuple[float, float]] = []
        x = left
        for column in self.columns(height):
            thick = self.thickness(column)
            step = max(thick, pitch)
            gap = (step - thick) / 2
            baseline = x + gap + max(column.descent, self._descent)
            y = top
            for piece in column.pieces:
                self._paint_piece(painter, piece, baseline, x + gap, thick, y)
                y += piece.length
            placed.append((x, column.length))
            x += step
        return placed

    def _paint_piece(
        self, painter: QPainter, piece: Piece, baseline: float, left: float, thick: float, y: float
    ) -> None:
        if piece.upright:
            advance = QFontMetricsF(self.font).horizontalAdvance(piece.text)
            painter.drawText(QPointF(left + (thick - advance) / 2, y + self._ascent), piece.text)
            return
        if piece.line is None:
            return  # a space
        painter.save()
        painter.translate(baseline + piece.line_ascent, y)
        painter.rotate(90)
        _first_line(piece.line).draw(painter, QPointF(0, 0))
        painter.restore()


def column_lines(text: str, font: QFont, height: float) -> QTextLayout:
    """`text` broken into lines no longer than `height` (each becomes a column)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(height)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def paint_columns(painter: QPainter, layout: QTextLayout, left: float, top: float) -> None:
    """Paint each line of `layout` as a column, the first one at `left`."""
    x = left
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        painter.save()
        painter.translate(x + line.height(), top)
        painter.rotate(90)
        line.draw(painter, QPointF(0, -line.y()))
        painter.restore()
        x += line.height()


class VerticalTextButton(QPushButton):
    """A push button whose label is always written vertically (one column): the Mongolian
    choice on the attract screen, whatever the current language (painted as it always was, so
    the Chinese and English attract screens keep their pixels)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.height() + 2 * PAD, metrics.horizontalAdvance(self.text()) + 2 * PAD)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        painter.setPen(option.palette.buttonText().color())
        layout = column_lines(self.text(), self.font(), self.height() - 2 * PAD)
        width = sum(layout.lineAt(i).height() for i in range(layout.lineCount()))
        text_height = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
        paint_columns(
            painter, layout, (self.width() - width) / 2, (self.height() - text_height) / 2
        )
        painter.end()
