"""The booked appointment: when, where and its number, in large type, said aloud and printed."""

from __future__ import annotations

from datetime import tzinfo

from api_client.schemas import BookingOut
from kiosk.flows.appointments import when
from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate


class BookingDoneScreen(Screen):
    done = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking: BookingOut | None = None
        self.zone: tzinfo | None = None  # the service point's time zone (settings)
        self.print_text = ""
        self.title = styled_label("title")
        self.when = styled_label("hero")
        self.when.setObjectName("BookedWhen")
        self.where = styled_label("lead")
        self.where.setObjectName("BookedWhere")
        self.number = styled_label("body")
        self.number.setObjectName("BookedNumber")
        self.bring = styled_label("body")
        self.print_status = styled_label("success")
        self.print_status.setObjectName("BookingPrintStatus")
        footer, self.print_button, go = footer_buttons("BookingPrint", "BookingDone")
        assert go is not None
        self.done_button = go
        self.done_button.clicked.connect(self.done)
        self.print_button.clicked.connect(self.print_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addWidget(self.where)
        layout.addWidget(self.number)
        layout.addWidget(self.bring)
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.show_booking(None)

    def show_booking(self, booking: BookingOut | None) -> None:
        self.booking = booking
        self.print_text = ""
        self.retranslate()

    def show_print_state(self, text: str, ok: bool) -> None:
        self.print_text = text
        self.print_status.setProperty("state", "" if ok else "error")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join((self.title.text(), self.when.text(), self.where.text()))

    def retranslate(self) -> None:
        b = self.booking
        self.title.setText(translate("Appointments", "Your appointment is booked"))
        self.when.setText(when(b.slot.starts_at, self.zone) if b else "")
        self.where.setText(b.organisation_name if b else "")
        self.number.setText(
            translate("Appointments", "Appointment number: %1").replace("%1", b.tracking_number)
            if b
            else ""
        )
        self.bring.setText(
            translate("Appointments", "Please bring your ID card and come ten minutes early.")
        )
        self.print_status.setText(self.print_text)
        self.print_status.setVisible(bool(self.print_text))
        self.print_button.setText(translate("Appointments", "Print it"))
        self.done_button.setText(translate("Appointments", "Done"))
