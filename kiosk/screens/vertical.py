"""Traditional Mongolian written as it is read: top to bottom, columns from left to right.

Qt shapes Mongolian correctly (joined letter forms) but lays every line out horizontally.
Here each line Qt lays out (as wide as the widget is tall) is painted turned 90 degrees
clockwise, and the lines become columns placed from the left edge rightwards.
"""

from __future__ import annotations

from kiosk.qt import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPointF,
    QPushButton,
    QSize,
    QStyle,
    QStyleOptionButton,
    QTextLayout,
    QTextOption,
    QWidget,
)

PAD = 18


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
    """A push button whose label is Mongolian script written vertically (one column)."""

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
