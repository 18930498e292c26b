"""The 12348 hand-off: the hotline number, or a call-back request with a phone number."""

from __future__ import annotations

from api_client.personal_data import phone_valid
from kiosk.flows.feedback import HOTLINE
from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad_entry import KeypadEntry


class HotlineScreen(Screen):
    callback_requested = Signal(str)
    back_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking = ""
        self.problem = ""
        self.title = styled_label("title")
        self.number = styled_label("hero")
        self.number.setObjectName("HotlineNumber")
        self.call_hint = styled_label("body")
        row = KeypadEntry(
            "CallbackPhone",
            "CallbackButton",
            max_length=16,
            with_x=False,
            confirmation_name="CallbackConfirmation",
        )
        assert row.confirmation is not None
        self.callback_label, self.phone_edit, self.keypad = row.label, row.edit, row.keypad
        self.request_button, self.confirmation = row.button, row.confirmation
        self.phone_edit.textChanged.connect(self.retranslate)
        self.request_button.clicked.connect(
            lambda: self.callback_requested.emit(self.phone_edit.text())
        )
        footer, self.back_button, go = footer_buttons("HotlineBack", "HotlineDone")
        assert go is not None
        self.done_button = go
        self.done_button.clicked.connect(self.done)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.number)
        layout.addWidget(self.call_hint)
        layout.addLayout(row, 1)
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
        self.phone_edit.clear()
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.problem = text
        self.retranslate()

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.call_hint.text()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("Hotline", "12348 public legal service hotline"))
        self.number.setText(HOTLINE)
        self.call_hint.setText(
            translate(
                "Hotline", "Call %1 from any phone, free of charge, to talk to a lawyer."
            ).replace("%1", HOTLINE)
        )
        self.callback_label.setText(
            translate("Hotline", "Or leave your phone number and the hotline will call you:")
        )
        self.phone_edit.setPlaceholderText(translate("Hotline", "Your phone number"))
        self.request_button.setText(translate("Hotline", "Call me back"))
        self.request_button.setEnabled(phone_valid(self.phone_edit.text()))
        if self.problem:
            self.confirmation.setText(self.problem)
        elif self.tracking:
            self.confirmation.setText(
                translate(
                    "Hotline", "Request received (number %1). The hotline will call you soon."
                ).replace("%1", self.tracking)
            )
        else:
            self.confirmation.setText("")
        self.confirmation.setVisible(bool(self.problem or self.tracking))
        self.done_button.setText(translate("Hotline", "Done"))
        self.back_button.setText(translate("Hotline", "Back"))
