"""Asked in full screen when Back is pressed on the home screen (TV remote): end the session,
or go back to the home screen. A whole screen, not a pop-up, so a resident on a sofa reads it
as large as every other page and the remote's Back simply answers "no"."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons


class EndSessionScreen(Screen):
    finish_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("title")
        self.explain = styled_label("body")
        footer, self.back_button, go = footer_buttons("EndSessionNo", "EndSessionYes")
        assert go is not None
        self.finish_button = go
        self.finish_button.clicked.connect(self.finish_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(20)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join(label.text() for label in (self.title, self.explain))

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("EndSession", "End your session?"))
        self.explain.setText(
            QCoreApplication.translate(
                "EndSession", "Your information will be cleared from this terminal."
            )
        )
        self.finish_button.setText(QCoreApplication.translate("EndSession", "Yes, finish"))
        self.back_button.setText(QCoreApplication.translate("EndSession", "No, go back"))
