"""The main window: a stack of screens over a status strip, with the idle warning on top."""

from __future__ import annotations

from kiosk.profiles import ProfileLayout
from kiosk.qt import QMainWindow, QStackedWidget, QVBoxLayout, QWidget
from kiosk.screens.attract import AttractScreen
from kiosk.screens.home import HomeScreen
from kiosk.screens.idle_warning import IdleWarning
from kiosk.screens.service import ServiceScreen
from kiosk.screens.status_strip import StatusStrip


class MainWindow(QMainWindow):
    def __init__(self, layout: ProfileLayout, languages: list[str]) -> None:
        super().__init__()
        self.setWindowTitle("LexKiosk")
        self.attract = AttractScreen()
        self.home = HomeScreen(columns=layout.columns)
        self.service = ServiceScreen()
        self.stack = QStackedWidget()
        for screen in (self.attract, self.home, self.service):
            self.stack.addWidget(screen)
        self.strip = StatusStrip(languages)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(self.strip)
        self.setCentralWidget(body)
        self.idle_warning = IdleWarning(body)
        self.resize(layout.width, layout.height)

    def resizeEvent(self, event: object) -> None:  # keep the overlay covering the window
        super().resizeEvent(event)  # type: ignore[arg-type]
        central = self.centralWidget()
        if central is not None:
            self.idle_warning.setGeometry(central.rect())
