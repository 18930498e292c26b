"""Ask a lawyer: a call-back to a phone number typed on the keypad (through the outbox), and
a video call with a lawyer about that request."""

from __future__ import annotations

from api_client.personal_data import phone_valid
from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad_entry import KeypadEntry

translate = QCoreApplication.translate


class LawyerScreen(Screen):
    callback_requested = Signal(str)
    video_requested = Signal()  # a video call about the request just made
    back_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking = ""
        self.problem = ""
        self.title = styled_label("title")
        row = KeypadEntry(
            "LawyerPhone",
            "LawyerCallback",
            max_length=16,
            with_x=False,
            confirmation_name="LawyerConfirmation",
        )
        assert row.confirmation is not None
        self.callback_label, self.phone_edit, self.keypad = row.label, row.edit, row.keypad
        self.request_button, self.confirmation = row.button, row.confirmation
        self.phone_edit.textChanged.connect(self.retranslate)
        self.request_button.clicked.connect(
            lambda: self.callback_requested.emit(self.phone_edit.text())
        )
        self.video_button = styled_button("primary")
        self.video_button.setObjectName("LawyerVideo")
        self.video_button.setEnabled(False)
        self.video_button.clicked.connect(self.video_requested)
        self.video_note = styled_label("hint")
        footer, self.back_button, go = footer_buttons("LawyerBack", "LawyerDone")
        assert go is not None
        self.done_button = go
        self.done_button.clicked.connect(self.done)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.video_button)
        layout.addWidget(self.video_note)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.reset()

    def reset(self) -> None:
        self.tracking = ""
        self.problem = ""
        self.phone_edit.clear()
        self.retranslate()

    def show_requested(self, tracking: str) -> None:
        self.tracking = tracking
        self.problem = ""
        self.phone_edit.clear()  # the number does not stay on screen
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.problem = text
        self.retranslate()

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.callback_label.text()

    def retranslate(self) -> None:
        self.title.setText(translate("Consultation", "Talk to a lawyer"))
        self.callback_label.setText(
            translate("Consultation", "Leave your phone number and a lawyer will call you back:")
        )
        self.phone_edit.setPlaceholderText(translate("Consultation", "Your phone number"))
        self.request_button.setText(translate("Consultation", "Call me back"))
        self.request_button.setEnabled(phone_valid(self.phone_edit.text()))
        if self.problem:
            text = self.problem
        elif self.tracking:
            text = translate(
                "Consultation",
                "Request received (number %1). A lawyer will call you soon.",
            ).replace("%1", self.tracking)
        else:
            text = ""
        self.confirmation.setText(text)
        self.confirmation.setVisible(bool(text))
        self.video_button.setText(translate("Consultation", "Video call with a lawyer"))
        self.video_button.setEnabled(bool(self.tracking))
        self.video_note.setText(
            ""
            if self.tracking
            else translate(
                "Consultation",
                "Leave your phone number first; then you can also talk to a lawyer by video now.",
            )
        )
        self.back_button.setText(translate("Consultation", "Back"))
        self.done_button.setText(translate("Consultation", "Done"))
