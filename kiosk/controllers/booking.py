"""Notarisation and mediation appointments: free slots fetched and a slot booked on the network
thread (online only); a taken slot refreshes the list; the booking is shown, said and printed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from config.settings import TerminalSettings
from devices.printer.port import Printer
from kiosk.controllers.context import Voice
from kiosk.controllers.router import Router
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows import appointments as flow
from kiosk.flows.journey import BOOKING, BOOKING_DONE, HOTLINE, Journey
from kiosk.net.calls import CentralCalls
from kiosk.qt import QCoreApplication
from kiosk.receipts import ReceiptPrinter
from kiosk.screens.booking import BookingScreen
from kiosk.screens.booking_done import BookingDoneScreen
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)
PRINTED = QT_TRANSLATE_NOOP("Appointments", "Printed. Please take the paper from the printer.")
MATTER = {"notarisation": "公证预约", "mediation": "调解预约"}


@dataclass(frozen=True)
class BookingContext:
    screen: BookingScreen
    done_screen: BookingDoneScreen
    journey: Journey
    calls: CentralCalls
    outbox: Callable[[], OutboxStore]  # issues the booking's tracking number
    printer: Printer | None
    settings: TerminalSettings  # the time zone and what the printed paper says
    tasks: Tasks
    voice: Voice
    clock: Callable[[], float]


class BookingController:
    def __init__(self, ctx: BookingContext, router: Router) -> None:
        self.ctx = ctx
        self.calls = ctx.calls
        journey = ctx.journey
        self.screen = ctx.screen
        self.done_screen = ctx.done_screen
        self.zone = ZoneInfo(ctx.settings.timezone)
        self.screen.zone = self.done_screen.zone = self.zone
        self.screen.back_requested.connect(journey.back)
        self.screen.kind_chosen.connect(self.choose_kind)
        self.screen.slot_chosen.connect(self.choose_slot)
        self.screen.book_requested.connect(self.book)
        self.screen.hotline_requested.connect(lambda: journey.go(HOTLINE))
        self.done_screen.done.connect(journey.finish)
        self.done_screen.print_requested.connect(self.print_booking)
        # nothing to print on a terminal without a printer (a TV, most robots): the booking
        # number stays on the screen
        self.done_screen.print_button.setVisible(ReceiptPrinter(ctx.printer, ctx.settings).fitted)
        journey.ended.connect(lambda _reason: self._reset())
        router.register(BOOKING, enter=lambda _id: self.load())
        router.register(
            BOOKING_DONE, enter=lambda _id: ctx.voice.say(self.done_screen.spoken_text())
        )

    def _reset(self) -> None:
        self.screen.problem = flow.Problem.NONE
        self.screen.show_booking(None)
        self.done_screen.show_booking(None)

    @property
    def booking(self) -> flow.Booking:
        session = self.ctx.journey.session
        booking = session.get("booking")
        if not isinstance(booking, flow.Booking):
            booking = flow.Booking()
            session.put("booking", booking)
        return booking

    def choose_kind(self, kind: str) -> None:
        self.booking.kind = kind
        self.load()

    def load(self) -> None:
        booking = self.booking
        self.screen.problem = flow.Problem.NONE
        self.screen.show_booking(booking, loading=True)
        kind = booking.kind
        self.calls.run("slots", lambda client: client.slots(kind), self._slots)

    def _slots(self, result: object) -> None:
        if self.ctx.journey.navigator.current != BOOKING:
            return
        taken = self.screen.problem is flow.Problem.TAKEN
        problem = self.booking.slots_arrived(result)
        self.screen.show_booking(self.booking)
        if problem is flow.Problem.NONE and taken:
            problem = flow.Problem.TAKEN  # the list is fresh; the message says why
        if problem is not flow.Problem.NONE:
            self.screen.show_problem(problem)
        self.ctx.voice.say(self.screen.spoken_text())

    def choose_slot(self, slot_id: int) -> None:
        self.booking.choose(slot_id)
        self.screen.problem = flow.Problem.NONE
        self.screen.retranslate()

    def book(self) -> None:
        booking = self.booking
        if not booking.ready() or self.calls.busy_with("book"):
            self.screen.show_booking(booking)
            return
        try:
            if not booking.tracking:
                booking.tracking = self.ctx.outbox().issue_tracking_number()
        except Exception as err:  # the device key or the disk
            log.error("no tracking number for a booking: %s", type(err).__name__)
            self.screen.show_problem(flow.Problem.FAILED)
            return
        request = booking.request(booking.tracking, self.ctx.journey.identity)
        self.calls.run("book", lambda client: client.book(request), self._booked)

    def _booked(self, result: object) -> None:
        if self.ctx.journey.navigator.current != BOOKING:
            return
        booking = self.booking
        problem = booking.booked(result)
        log.info("booking answered: %s", "booked" if booking.result else problem.value)
        if problem is flow.Problem.NONE and booking.result is not None:
            self.ctx.journey.session.put("request_tracking", booking.result.tracking_number)
            self.done_screen.show_booking(booking.result)
            self.ctx.journey.done_at(BOOKING_DONE)
        elif problem is flow.Problem.TAKEN:
            self.screen.show_problem(problem)
            self.screen.loading = True
            kind = booking.kind
            self.calls.run("slots", lambda client: client.slots(kind), self._slots)
        else:
            self.screen.show_problem(problem)
            self.ctx.voice.say(self.screen.message.text())

    def print_booking(self) -> None:
        booked = self.booking.result
        printer = ReceiptPrinter(self.ctx.printer, self.ctx.settings)
        if booked is None or self.ctx.tasks.busy_with("print"):
            return
        if not printer.ready():
            self.done_screen.show_print_state(printer.problem(), ok=False)
            return
        identity = self.ctx.journey.identity
        name = identity.name if identity is not None else ""
        matter = (
            f"{MATTER.get(self.booking.kind, '')} {flow.when(booked.slot.starts_at, self.zone)} "
            f"{booked.organisation_name}"
        )
        self.ctx.journey.idle.pause("printing")
        self.ctx.tasks.run(
            "print",
            lambda: printer.print_receipt(booked.tracking_number, name, matter),
            lambda ok: self._printed(printer, ok is True),
        )

    def _printed(self, printer: ReceiptPrinter, ok: bool) -> None:
        self.ctx.journey.idle.resume("printing", self.ctx.clock())
        if self.ctx.journey.navigator.current != BOOKING_DONE:
            return
        text = QCoreApplication.translate("Appointments", PRINTED) if ok else printer.problem()
        self.done_screen.show_print_state(text, ok)
        self.ctx.voice.say(text)
