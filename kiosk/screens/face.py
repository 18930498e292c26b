"""A painted face for a rating of 1 (frown) to 5 (broad smile): no emoji font is needed."""

from __future__ import annotations

from kiosk.qt import QColor, QIcon, QPainter, QPen, QPixmap, QPoint, Qt

# Face colours from red to green; each keeps a 4.5:1 contrast with the white of the button.
COLOURS = ("#B71C1C", "#BF360C", "#6D4C41", "#2E7D32", "#1B5E20")


def face_icon(score: int, size: int = 72) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor(COLOURS[score - 1])
    painter.setPen(QPen(colour, size / 14))
    margin = size // 12
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setBrush(colour)
    eye = size // 12
    painter.drawEllipse(QPoint(size * 35 // 100, size * 40 // 100), eye, eye)
    painter.drawEllipse(QPoint(size * 65 // 100, size * 40 // 100), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # the mouth: a frown for 1-2, a line for 3, a smile for 4-5 (Qt angles in 1/16 degree)
    width, top = size // 2, size * 55 // 100
    if score == 3:
        painter.drawLine(size // 4, size * 68 // 100, size * 3 // 4, size * 68 // 100)
    else:
        span = 180 * 16 if score in (1, 5) else 120 * 16
        if score > 3:
            start = -90 * 16 - span // 2
            painter.drawArc(size // 4, top - size // 8, width, size // 3, start, span)
        else:
            start = 90 * 16 - span // 2
            painter.drawArc(size // 4, top + size // 10, width, size // 3, start, span)
    painter.end()
    return QIcon(pixmap)
