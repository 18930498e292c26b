"""Checking in for a booked video appointment: the appointment number from the booking paper
(on-screen keyboard), then either the call notice or a plain message with the choices (book
another time, a call-back, back)."""

from __future__ import annotations

from datetime import tzinfo

from kiosk.flows import check_in as flow
from kiosk.qt import QCoreApplication, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate


class CheckInScreen(Screen):
    wants_keyboard = True
    check_requested = Signal(str)  # the typed appointment number
    book_requested = Signal()
    callback_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: flow.CheckInState | None = None
        self.zone: tzinfo | None = None  # the service point's time zone (settings)
        self.busy = False
        self.title = styled_label("title")
        self.lead = styled_label("lead")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("CheckInNumber")
        self.number_edit.setMaxLength(40)
        self.number_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhUppercaseOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.number_edit.textChanged.connect(lambda _text: self.retranslate())
        self.check_button = styled_button("primary")
        self.check_button.setObjectName("CheckInGo")
        self.check_button.clicked.connect(self._check)
        self.message = styled_label("lead")
        self.message.setObjectName("CheckInMessage")
        self.message.setProperty("state", "error")
        self.book_button = styled_button("choice")
        self.book_button.setObjectName("CheckInBook")
        self.book_button.clicked.connect(self.book_requested)
        self.callback_button = styled_button("choice")
        self.callback_button.setObjectName("CheckInCallback")
        self.callback_button.clicked.connect(self.callback_requested)
        footer, self.back_button, _go = footer_buttons("CheckInBack", None)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.setSpacing(14)
        for widget in (self.title, self.lead, self.number_edit, self.check_button, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.book_button)
        layout.addWidget(self.callback_button)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.show_state(None)

    def show_state(self, state: flow.CheckInState | None, busy: bool = False) -> None:
        self.state = state
        self.busy = busy
        if state is None:
            self.number_edit.clear()
        self.retranslate()

    def _check(self) -> None:
        self.check_requested.emit(self.number_edit.text())

    def message_text(self) -> str:
        state = self.state
        if state is None or state.outcome not in flow.TEXT:
            return ""
        when, office = state.slot_words(self.zone)
        text = translate("CheckIn", flow.TEXT[state.outcome])
        return text.replace("%1", when).replace("%2", office)

    def spoken_text(self) -> str:
        return "\n".join(t for t in (self.title.text(), self.message_text() or self.lead.text()))

    def retranslate(self) -> None:
        self.title.setText(translate("CheckIn", "Check in for your video appointment"))
        self.lead.setText(
            translate("CheckIn", "Type the appointment number from your booking paper:")
        )
        self.number_edit.setPlaceholderText("DEV001-261129-00001-1")
        self.check_button.setText(
            translate("CheckIn", "Checking…") if self.busy else translate("CheckIn", "Check in")
        )
        self.check_button.setEnabled(not self.busy and bool(self.number_edit.text().strip()))
        message = self.message_text()
        self.message.setText(message)
        self.message.setVisible(bool(message))
        offers = self.state is not None and self.state.outcome in flow.OFFERS
        self.book_button.setText(translate("CheckIn", "Book another time"))
        self.callback_button.setText(translate("CheckIn", "Ask for a call-back"))
        self.book_button.setVisible(offers)
        self.callback_button.setVisible(offers)
        self.back_button.setText(translate("CheckIn", "Back"))
