"""Notarisation and mediation: office hours, the free slots as large buttons, a phone number on
the keypad, and one button to book."""

from __future__ import annotations

from datetime import tzinfo

from api_client.personal_data import phone_valid
from kiosk.flows import appointments as flow
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad import Keypad

MAX_SLOTS = 8  # two columns of four: enough to choose from, few enough to read


translate = QCoreApplication.translate


class BookingScreen(Screen):
    kind_chosen = Signal(str)
    slot_chosen = Signal(int)
    book_requested = Signal()
    hotline_requested = Signal()
    back_requested = Signal()
    # a video call now instead of an appointment: with a notary, or with a mediator when the
    # mediation kind is chosen (video_kind says which; the footer's button says it too)
    video_requested = Signal()
    check_in_requested = Signal()  # the resident booked a video appointment and has come

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking: flow.Booking | None = None
        self.zone: tzinfo | None = None  # the service point's time zone (settings)
        self.problem = flow.Problem.NONE
        self.loading = False
        self.title = styled_label("title")
        self.kinds: dict[str, QPushButton] = {}
        kinds = QHBoxLayout()
        for kind, _text in flow.KINDS:
            button = styled_button("toggle")
            button.setObjectName(f"kind_{kind}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=kind: self.kind_chosen.emit(k))
            kinds.addWidget(button)
            self.kinds[kind] = button
        self.hours = styled_label("body")
        self.hours.setObjectName("OfficeHours")
        self.slots_label = styled_label("lead")
        self.slot_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(12)
        for index in range(MAX_SLOTS):
            button = styled_button("toggle")
            button.setObjectName(f"slot_{index}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self._slot_clicked(i))
            grid.addWidget(button, index // 2, index % 2)
            self.slot_buttons.append(button)
        self.message = styled_label("body")
        self.message.setObjectName("BookingMessage")
        self.message.setProperty("state", "error")
        self.hotline_button = styled_button("choice")
        self.hotline_button.setObjectName("BookingHotline")
        self.hotline_button.clicked.connect(self.hotline_requested)
        self.phone_label = styled_label("body")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("BookingPhone")
        self.phone_edit.setMaxLength(16)
        self.phone_edit.textChanged.connect(self._phone_changed)
        self.keypad = Keypad(self.phone_edit, with_x=False)
        self.book_button = styled_button("primary")
        self.book_button.setObjectName("BookButton")
        self.book_button.clicked.connect(self._book)
        self.check_in_button = styled_button("choice")
        self.check_in_button.setObjectName("BookingCheckIn")
        self.check_in_button.clicked.connect(self.check_in_requested)
        # beside the keypad, under the booking button: the keypad's height has room for it, so
        # the screen is no taller with it (below the row it pushed the window past the screen)
        left = QVBoxLayout()
        left.addWidget(self.phone_label)
        left.addWidget(self.phone_edit)
        left.addWidget(self.book_button)
        left.addWidget(self.check_in_button)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(left, 1)
        row.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        footer, self.back_button, video = footer_buttons("BookingBack", "BookingVideo")
        assert video is not None
        self.video_button = video
        self.video_button.clicked.connect(self.video_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(8)  # ten rows when a booking is being made: 12 took the window past 1920
        layout.addWidget(self.title)
        layout.addLayout(kinds)
        layout.addWidget(self.hours)
        layout.addWidget(self.slots_label)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.hotline_button)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.show_booking(None)

    def show_booking(self, booking: flow.Booking | None, loading: bool = False) -> None:
        self.booking = booking
        self.loading = loading
        self.phone_edit.setText(booking.phone if booking else "")
        self.retranslate()

    def show_problem(self, problem: flow.Problem) -> None:
        self.problem = problem
        self.loading = False
        self.retranslate()

    def choices(self) -> list[flow.SlotChoice]:
        return self.booking.choices()[:MAX_SLOTS] if self.booking else []

    def video_kind(self) -> str:
        """The session kind the footer's video button asks for."""
        return (
            "mediation"
            if self.booking is not None and self.booking.kind == "mediation"
            else ("notarisation")
        )

    def _slot_clicked(self, index: int) -> None:
        choices = self.choices()
        if index < len(choices):
            self.slot_chosen.emit(choices[index].slot.slot_id)
        self.retranslate()

    def _phone_changed(self, text: str) -> None:
        if self.booking is not None:
            self.booking.phone = text
        self.retranslate()

    def _book(self) -> None:
        self.loading = True
        self.retranslate()
        self.book_requested.emit()

    def spoken_text(self) -> str:
        parts = [self.title.text(), self.hours.text()]
        if self.message.isVisible():
            parts.append(self.message.text())
        return "\n".join(p for p in parts if p)

    def retranslate(self) -> None:
        booking = self.booking
        self.title.setText(
            translate("Appointments", "Book a notarisation or mediation appointment")
        )
        for kind, text in flow.KINDS:
            self.kinds[kind].setText(translate("Appointments", text))
            self.kinds[kind].setChecked(booking is not None and booking.kind == kind)
        self._show_hours()
        choices = self.choices()
        # the service cannot be asked: no list to show, the call-back offered instead
        unavailable = self.problem in (flow.Problem.OFFLINE, flow.Problem.FAILED)
        if self.loading and not choices:
            heading = translate("Appointments", "Looking for free times…")
        elif choices:
            heading = translate("Appointments", "Choose a free time:")
        elif unavailable:
            heading = ""
        else:
            heading = translate(
                "Appointments", "No free times in the next days. Please call 12348."
            )
        self.slots_label.setText(heading)
        self.slots_label.setVisible(bool(heading))
        chosen = booking.chosen if booking else None
        for index, button in enumerate(self.slot_buttons):
            button.setVisible(index < len(choices))
            if index < len(choices):
                choice = choices[index]
                button.setText(
                    f"{flow.when(choice.slot.starts_at, self.zone)}\n{choice.organisation}"
                )
                button.setChecked(chosen is not None and chosen.slot == choice.slot)
        message = flow.PROBLEM_TEXT.get(self.problem, "")
        self.message.setText(translate("Appointments", message) if message else "")
        self.message.setVisible(bool(message))
        self.hotline_button.setText(
            translate("Appointments", "Ask the 12348 hotline to call me back")
        )
        self.hotline_button.setVisible(unavailable or (not choices and not self.loading))
        for widget in (self.phone_label, self.phone_edit, self.keypad, self.book_button):
            widget.setVisible(bool(choices))
        self.phone_label.setText(translate("Appointments", "Your phone number (for a reminder):"))
        self.phone_edit.setPlaceholderText(translate("Appointments", "Your phone number"))
        self.book_button.setText(
            translate("Appointments", "Booking…")
            if self.loading
            else translate("Appointments", "Book this time")
        )
        ready = booking is not None and chosen is not None and phone_valid(booking.phone)
        self.book_button.setEnabled(ready and not self.loading)
        self.back_button.setText(translate("Appointments", "Back"))
        self.video_button.setText(
            translate("Appointments", "Mediation by video now")
            if self.video_kind() == "mediation"
            else translate("Appointments", "Video call with a notary now")
        )
        self.check_in_button.setText(translate("Appointments", "I have a video appointment now"))

    def _show_hours(self) -> None:
        lines = []
        for organisation, days, span in flow.hours_lines(
            self.booking.organisations if self.booking else []
        ):
            names = "、".join(translate("Appointments", flow.WEEKDAYS[d]) for d in days)
            lines.append(f"{organisation}: {names} {span}")
        head = translate("Appointments", "Office hours:")
        self.hours.setText(head + "\n" + "\n".join(lines) if lines else "")
        self.hours.setVisible(bool(lines))
