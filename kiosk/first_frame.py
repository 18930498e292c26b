"""The first frame: the attract screen, painted before the full shell is built.

Built from the same AttractScreen and StatusStrip classes the main window uses, laid out the
same way, with only QtCore, QtGui and QtWidgets imported. A touch (or a language button) pressed
here before the shell is ready is kept and handed over to the shell (see kiosk.runner).
"""

from __future__ import annotations

from config.hints import FirstFrameHints
from kiosk.i18n.translator import SOURCE_LANGUAGE, LanguageSwitcher
from kiosk.profiles import PROFILES
from kiosk.qt import QApplication, QEvent, QMainWindow, QObject, QVBoxLayout, QWidget, Signal
from kiosk.screens.attract import AttractScreen
from kiosk.screens.status_strip import StatusStrip


class FirstFrame(QMainWindow):
    """A stand-in for MainWindow showing its attract screen; `painted` fires on its first paint."""

    painted = Signal()

    def __init__(self, app: QApplication, hints: FirstFrameHints) -> None:
        super().__init__()
        self.setWindowTitle("LexKiosk")
        self.languages = LanguageSwitcher(app)
        offered = [lang for lang in hints.languages if self.languages.available(lang)]
        self.languages.switch(hints.default_language)
        self.attract = AttractScreen(offered)
        self.strip = StatusStrip(offered)
        self.strip.set_current_language(self.languages.current)
        self.strip.devices_label.clear()  # not checked yet: say nothing rather than "all ready"
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.attract, 1)
        column.addWidget(self.strip)
        self.setCentralWidget(body)
        layout = PROFILES[hints.profile]
        self.resize(layout.width, layout.height)
        self.touched = False
        self.language_chosen: str | None = None
        self.started_in: str | None = None  # a language button on the attract screen
        self.attract.started.connect(self._touch)
        self.attract.language_chosen.connect(self._start_in)
        self.strip.language_chosen.connect(self._choose)
        self._painted = False
        self.attract.installEventFilter(self)

    def _touch(self) -> None:
        self.touched = True

    def _start_in(self, lang: str) -> None:
        self.started_in = lang

    def _choose(self, lang: str) -> None:
        self.language_chosen = lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return False

    def release_translation(self) -> None:
        """Hand the language over to the shell, which installs its own translator. The frame
        stays as it was painted (not redrawn in English) until the shell's window covers it."""
        self.setUpdatesEnabled(False)
        self.languages.switch(SOURCE_LANGUAGE)
