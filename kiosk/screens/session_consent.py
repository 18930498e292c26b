"""Before a video call: what happens, who will see the resident, and (honestly) that the call
is not recorded yet. Read aloud; continue or go back. Reached from the home screen, where no
request exists yet, it also asks for a phone number: the request the session is for carries it,
so staff can call back if the call cannot be held."""

from __future__ import annotations

from api_client.personal_data import phone_valid
from kiosk.qt import QCoreApplication, QHBoxLayout, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad import Keypad

translate = QCoreApplication.translate


class SessionConsentScreen(Screen):
    agreed = Signal(str)  # the phone number typed ("" when none was asked for)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "notarisation"
        self.needs_phone = False
        self.title = styled_label("title")
        self.what = styled_label("body")
        self.who = styled_label("body")
        self.recording = styled_label("body")
        self.recording.setObjectName("SessionRecordingNote")
        self.rights = styled_label("hint")
        footer, self.back_button, go = footer_buttons("SessionConsentBack", "SessionConsentAgree")
        assert go is not None
        self.agree_button = go
        self.back_button.clicked.connect(self.back_requested)
        self.phone_label = styled_label("body")
        self.phone_edit = QLineEdit()
        self.agree_button.clicked.connect(lambda: self.agreed.emit(self.phone_edit.text()))
        self.phone_edit.setObjectName("SessionPhone")
        self.phone_edit.setMaxLength(16)
        self.phone_edit.textChanged.connect(lambda _text: self.retranslate())
        self.keypad = Keypad(self.phone_edit, with_x=False)
        self.phone_row = QWidget()
        left = QVBoxLayout()
        left.addWidget(self.phone_label)
        left.addWidget(self.phone_edit)
        left.addStretch(1)
        row = QHBoxLayout(self.phone_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addLayout(left, 1)
        row.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        for label in (self.title, self.what, self.who, self.recording, self.rights):
            layout.addWidget(label)
        layout.addWidget(self.phone_row)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def show_kind(self, kind: str, needs_phone: bool = False) -> None:
        self.kind = kind
        self.needs_phone = needs_phone
        self.phone_edit.clear()
        self.retranslate()

    def spoken_text(self) -> str:
        labels = (self.title, self.what, self.who, self.recording)
        return "\n".join(label.text() for label in labels)

    def retranslate(self) -> None:
        self.title.setText(translate("Session", "Before your video call"))
        self.what.setText(
            translate(
                "Session",
                "You will wait in a queue until a staff member is free. Then you see and hear "
                "them on this screen, and they see and hear you through this terminal's camera "
                "and microphone.",
            )
        )
        who = {
            "notarisation": translate("Session", "a notary"),
            "consultation": translate("Session", "a lawyer"),
            "legal_aid": translate("Session", "a clerk of the legal aid centre"),
            "mediation": translate("Session", "a mediator of the people's mediation committee"),
        }.get(self.kind, translate("Session", "a staff member"))
        self.who.setText(
            translate(
                "Session",
                "Only %1 of the service centre sees you, with your request and how your "
                "identity was checked. Nobody else joins the call.",
            ).replace("%1", who)
        )
        self.recording.setText(
            translate(
                "Session",
                "This call is not recorded. When recording is introduced, this notice will "
                "say so before every call.",
            )
        )
        self.rights.setText(
            translate("Session", "You may go back now, or end the call at any time.")
        )
        self.phone_row.setVisible(self.needs_phone)
        self.phone_label.setText(
            translate("Session", "Your phone number, so that we can call you back if needed:")
        )
        self.phone_edit.setPlaceholderText(translate("Session", "Your phone number"))
        self.agree_button.setEnabled(not self.needs_phone or phone_valid(self.phone_edit.text()))
        self.agree_button.setText(translate("Session", "Continue"))
        self.back_button.setText(translate("Session", "Go back"))
