"""The consent notice: what is read and why, before any card, document or face is read."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons


class ConsentScreen(Screen):
    agreed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("title")
        self.collected = styled_label("body")
        self.purpose = styled_label("body")
        self.rights = styled_label("hint")
        footer, self.back_button, go = footer_buttons("ConsentBack", "ConsentAgree")
        assert go is not None
        self.agree_button = go
        self.agree_button.clicked.connect(self.agreed)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.collected)
        layout.addWidget(self.purpose)
        layout.addWidget(self.rights)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def spoken_text(self) -> str:
        """What the voice reads aloud: the whole notice, as shown."""
        return "\n".join(label.text() for label in (self.title, self.collected, self.purpose))

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Consent", "Before we read your documents"))
        self.collected.setText(
            QCoreApplication.translate(
                "Consent",
                "We will read your name, ID number, sex, date of birth and address from your "
                "ID card or passport, or the ID number you type in.",
            )
        )
        self.purpose.setText(
            QCoreApplication.translate(
                "Consent",
                "We use them only to handle your request and send it to the legal service "
                "centre. Nothing is kept on this terminal after you finish.",
            )
        )
        self.rights.setText(
            QCoreApplication.translate(
                "Consent",
                "This follows the Personal Information Protection Law. You may go back "
                "without giving any information.",
            )
        )
        self.agree_button.setText(QCoreApplication.translate("Consent", "I agree"))
        self.back_button.setText(QCoreApplication.translate("Consent", "Go back"))
