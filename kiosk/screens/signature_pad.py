"""The pad the resident signs on with a finger: real touch events (QTouchEvent) become ink,
points with timing (kiosk.flows.signing), drawn as they arrive; the image of the ink is what
goes back with it. A mouse works as well (a technician at a desk)."""

from __future__ import annotations

import itertools

from kiosk.flows.signing import InkRecorder
from kiosk.qt import (
    QBuffer,
    QColor,
    QEvent,
    QEventPoint,
    QImage,
    QIODevice,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointF,
    Qt,
    QTouchEvent,
    QWidget,
    Signal,
)

PAD_W, PAD_H = 600, 220
_INK = QColor("#0D1A73")
_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)


class SignaturePad(QWidget):
    """A fixed-size pad (the ink's coordinates are its pixels)."""

    inked = Signal()  # a stroke ended
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignaturePad")
        self.setFixedSize(PAD_W, PAD_H)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.ink = InkRecorder(PAD_W, PAD_H)
        self.locked = False  # signed: no more ink

    # --- input --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH and isinstance(event, QTouchEvent):
            self._touch(event)
            event.accept()
            return True
        if event.type() == QEvent.Type.TouchCancel:  # the system took the touch away
            self.ink.cancel()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        if self.locked or not event.points():
            return
        point = event.points()[0]  # one finger writes; a resting palm is not ink
        pos, at = point.position(), float(event.timestamp())
        state = point.state()
        if state == QEventPoint.State.Pressed:
            self.ink.down(pos.x(), pos.y(), at)
        elif state == QEventPoint.State.Released:
            self.ink.up(pos.x(), pos.y(), at)
            self.inked.emit()
        else:
            self.ink.move(pos.x(), pos.y(), at)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.locked:
            self.ink.down(event.position().x(), event.position().y(), float(event.timestamp()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.locked:
            self.ink.move(event.position().x(), event.position().y(), float(event.timestamp()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.locked:
            self.ink.up(event.position().x(), event.position().y(), float(event.timestamp()))
            self.update()
            self.inked.emit()

    def clear(self) -> None:
        self.ink.clear()
        self.locked = False
        self.update()
        self.cleared.emit()

    # --- output -------------------------------------------------------------------------

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(_INK, 4.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.ink.strokes:
            points = [QPointF(p.x, p.y) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        # disabled (signed already): greyed, so it does not ask for a finger
        painter.fillRect(self.rect(), QColor("#FFFFFF" if self.isEnabled() else "#E4E7EC"))
        painter.setPen(QPen(QColor("#8A94A3"), 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(24, PAD_H - 48, PAD_W - 24, PAD_H - 48)
        painter.setPen(QPen(QColor("#5A6472"), 2.0))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        self._draw(painter)
        painter.end()

    def png(self) -> bytes:
        """The ink alone on white, as a PNG (what returns with the points)."""
        image = QImage(PAD_W, PAD_H, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QPixmap.fromImage(image).save(buffer, "PNG")
        return bytes(buffer.data().data())
