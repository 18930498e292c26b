"""The note shown over any screen when its prompt is spoken in Chinese for want of a recording.

A floating label in the window's top right corner, above whatever screen is showing: in
Mongolian it is one or two columns read top to bottom (kiosk.screens.vertical), so it takes a
strip of the edge rather than a line across the screen's content.
"""

from __future__ import annotations

from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.qt import QCoreApplication, QEvent, QObject, Qt, QWidget
from kiosk.screens.script_text import ScriptSpacedLabel
from kiosk.screens.vertical import has_mongolian

MARGIN = 16
SHARE_OF_HEIGHT = 0.45
NOTE = QT_TRANSLATE_NOOP(
    "SpeechNote", "No recording in your language yet: this is spoken in Chinese."
)


class SpeechNote(ScriptSpacedLabel):
    """Hidden until `show_note(True)`; follows the window's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("SpeechNote")
        self.setProperty("role", "body")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "#SpeechNote { background: #fff4d6; color: #3d2e00; border: 3px solid #8a6500;"
            " border-radius: 12px; padding: 12px; }"
        )
        self.hide()
        window.installEventFilter(self)
        self.retranslate()

    def text_for_note(self) -> str:
        return QCoreApplication.translate("SpeechNote", NOTE)

    def retranslate(self) -> None:
        self.setText(self.text_for_note())
        self.set_vertical(has_mongolian(self.text()))
        self._place()

    def show_note(self, shown: bool) -> None:
        if shown:
            self.retranslate()
            self.show()
            self.raise_()
        else:
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        if self.is_vertical():
            height = int(window.height() * SHARE_OF_HEIGHT)
            extra_w, extra_h = self._margins()
            width, _longest = self.vertical_extent(height - extra_h)
            size_w, size_h = int(width) + extra_w + 2, height
        else:
            size_w = min(window.width() - 2 * MARGIN, 720)
            size_h = self.heightForWidth(size_w) if self.hasHeightForWidth() else 120
        self.setGeometry(window.width() - size_w - MARGIN, MARGIN + 80, size_w, size_h)
