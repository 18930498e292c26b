"""Before the other party joins a mediation call: what the call is, what is recorded and who
sees it, that the mediator may talk with each side alone. Agree or go back."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate


class MediationConsentScreen(Screen):
    agreed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("title")
        self.what = styled_label("body")
        self.recorded = styled_label("body")
        self.aside = styled_label("body")
        self.rights = styled_label("hint")
        footer, self.back_button, go = footer_buttons("MediationConsentBack", "MediationAgree")
        assert go is not None
        self.agree_button = go
        self.agree_button.clicked.connect(self.agreed)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        for label in (self.title, self.what, self.recorded, self.aside, self.rights):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join(w.text() for w in (self.title, self.what, self.recorded, self.aside))

    def retranslate(self) -> None:
        self.title.setText(translate("Mediation", "Before you join the mediation"))
        self.what.setText(
            translate(
                "Mediation",
                "You join a video call with the mediator and the other party. They see and hear "
                "you through this terminal's camera and microphone, and they see your name and "
                "that your ID card was read here.",
            )
        )
        self.recorded.setText(
            translate(
                "Mediation",
                "The call is recorded and kept with the mediation file of the township "
                "mediation committee.",
            )
        )
        self.aside.setText(
            translate(
                "Mediation",
                "The mediator may talk with each side alone for a while. The other side cannot "
                "see or hear that talk.",
            )
        )
        self.rights.setText(
            translate("Mediation", "You can leave the call at any time: touch Leave the call.")
        )
        self.back_button.setText(translate("Mediation", "Back"))
        self.agree_button.setText(translate("Mediation", "I agree, join the call"))
