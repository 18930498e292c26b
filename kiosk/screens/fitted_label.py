"""A one-line label whose font shrinks to fit its width (a tracking number in hero type on
an upright screen), instead of widening the window past the screen."""

from __future__ import annotations

from kiosk.qt import QFontMetrics, QLabel, QResizeEvent, QSizePolicy, QWidget


class FittedLabel(QLabel):
    """Keeps the style sheet's size as the largest; below it, what fits the label's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._largest_px = 0

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # the application's style sheet sets the size (setFont would lose to it): measure with
        # its font, then narrow with a style sheet of the label's own
        self.ensurePolished()
        if not self._largest_px:
            self._largest_px = self.font().pixelSize() if self.font().pixelSize() > 0 else 64
        font = self.font()
        font.setPixelSize(self._largest_px)
        room = self.contentsRect().width()
        while room > 0 and font.pixelSize() > 16:
            if QFontMetrics(font).horizontalAdvance(self.text()) <= room:
                break
            font.setPixelSize(font.pixelSize() - 2)
        wanted = f"font-size: {font.pixelSize()}px;"
        if self.styleSheet() != wanted:
            self.setStyleSheet(wanted)
