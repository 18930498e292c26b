"""The reminder at the end of a journey when the ID card is still on the reader."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label


class TakeCardScreen(Screen):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("hero")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = styled_label("body")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = styled_button("primary")
        self.done_button.setObjectName("TakeCardDone")
        self.done_button.setMinimumWidth(360)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.hint.text()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("TakeCard", "Please take your ID card"))
        self.hint.setText(
            QCoreApplication.translate(
                "TakeCard",
                "Your ID card is still on the reader. Your information has been cleared.",
            )
        )
        self.done_button.setText(QCoreApplication.translate("TakeCard", "I have my card"))
