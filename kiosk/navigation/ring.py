"""The focus ring: a thick two-band outline drawn around the focused control, over everything
else in the window, so a resident on a sofa sees where the remote's OK will act.

A black band against the control and a white band outside it, each RING_BAND px wide: whatever
colour lies around a control, one of the two contrasts with it by at least 4.5:1 (the larger of
a colour's contrasts against white and against black is never below 4.58), and the ring is a
shape, not a change of colour alone."""

from __future__ import annotations

from kiosk.qt import QColor, QEvent, QObject, QPainter, QPen, QRect, QRectF, Qt, QWidget

RING_BAND = 4  # px, each band
RING_WIDTH = 2 * RING_BAND
_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize)
INNER = QColor("#000000")
OUTER = QColor("#FFFFFF")


class FocusRing(QWidget):
    """A transparent overlay over `host` (the window's central widget) that paints the ring
    around `target`, whose geometry it follows when place() is called."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._box = QRect()
        self._outer = QRect()
        self.hide()

    def place(self, target: QWidget | None) -> None:
        """Ring `target` (None or a hidden control: no ring)."""
        host = self.parentWidget()
        if self.target is not target:  # the ring follows its control when a layout moves it
            if self.target is not None:
                self.target.removeEventFilter(self)
            if target is not None:
                target.installEventFilter(self)
        self.target = target
        if host is None or target is None or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(host, target.rect().topLeft())
        self._box = QRect(corner, target.size())
        # at the window's edge (the strip's buttons in Mongolian) the ring moves inside the
        # control rather than being cut off
        self._outer = self._box.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        self._outer = self._outer.intersected(host.rect())
        self.setGeometry(host.rect())
        self.show()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in _FOLLOWED:
            self.place(self.target)
        return False

    @property
    def ring_rect(self) -> QRect:
        """The control's rectangle in the host's coordinates; the ring lies just outside it."""
        return QRect(self._box)

    def paintEvent(self, _event: object) -> None:
        if self.target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QRectF(self._outer)
        for colour, inset in ((OUTER, RING_BAND / 2), (INNER, RING_BAND * 1.5)):
            pen = QPen(colour, RING_BAND)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(outer.adjusted(inset, inset, -inset, -inset))
        painter.end()
