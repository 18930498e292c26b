"""The legal aid application after identification: questions, details, document photos,
review; stored in the outbox, its number shown, its receipt printed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from config.settings import TerminalSettings
from devices.printer.port import Printer
from kiosk.controllers.context import Voice
from kiosk.controllers.messages import NOT_STORED, plain
from kiosk.controllers.photos import PhotosController
from kiosk.controllers.router import Router
from kiosk.flows.journey import (
    AID_DETAILS,
    AID_PHOTOS,
    AID_QUESTIONS,
    AID_RECEIPT,
    AID_REVIEW,
    Journey,
)
from kiosk.receipts import ReceiptPrinter, progress_url
from kiosk.screens.aid_details import AidDetailsScreen
from kiosk.screens.aid_questions import AidQuestionsScreen
from kiosk.screens.aid_receipt import AidReceiptScreen, PrintState
from kiosk.screens.aid_review import AidReviewScreen
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LegalAidContext:
    questions: AidQuestionsScreen
    details: AidDetailsScreen
    review: AidReviewScreen
    receipt: AidReceiptScreen
    photos: PhotosController
    journey: Journey
    printer: Printer | None
    outbox: Callable[[], OutboxStore]
    settings: TerminalSettings  # the receipt's site and the progress page's address
    tasks: Tasks
    voice: Voice
    clock: Callable[[], float]


class LegalAidController:
    def __init__(self, ctx: LegalAidContext, router: Router) -> None:
        self.ctx = ctx
        j = ctx.journey
        self.forms: dict[str, AidQuestionsScreen | AidDetailsScreen | AidReviewScreen] = {
            AID_QUESTIONS: ctx.questions,
            AID_DETAILS: ctx.details,
            AID_REVIEW: ctx.review,
        }
        for screen in self.forms.values():
            screen.back_requested.connect(j.back)
        ctx.questions.next_requested.connect(j.next_step)
        ctx.details.next_requested.connect(j.next_step)
        ctx.review.submit_requested.connect(self.submit)
        ctx.receipt.done.connect(j.finish)
        for screen_id in self.forms:
            router.register(screen_id, prepare=self._fill, enter=self._focus)
        router.register(AID_PHOTOS, enter=lambda _id: ctx.photos.enter(), leave=ctx.photos.leave)
        router.register(AID_RECEIPT)

    def _fill(self, screen_id: str) -> None:
        self.forms[screen_id].show_form(self.ctx.journey.legal_aid)

    def _focus(self, screen_id: str) -> None:
        if screen_id == AID_DETAILS:
            self.ctx.details.description_edit.setFocus()

    def reset(self) -> None:
        """Nothing of the last resident stays in a widget."""
        self.ctx.photos.leave()
        self.ctx.photos.screen.show_form(None)
        for screen in self.forms.values():
            screen.show_form(None)
        self.ctx.receipt.show_receipt("", PrintState.PRINTING)

    def submit(self) -> None:
        """Store the application, then show its number: shown means stored on disk."""
        ctx = self.ctx
        try:
            tracking = ctx.journey.legal_aid.submit(ctx.outbox())
        except Exception as err:  # the key or the disk: say so, keep the form to try again
            log.error("legal aid application not stored: %s", type(err).__name__)
            ctx.review.show_problem(plain(NOT_STORED))
            return
        log.info("legal aid application stored as %s", tracking)
        ctx.journey.session.put("request_tracking", tracking)
        ctx.journey.submitted()
        ctx.receipt.show_receipt(tracking, PrintState.PRINTING)
        self.print_receipt(tracking)

    def print_receipt(self, tracking: str) -> None:
        ctx = self.ctx
        printer = ReceiptPrinter(ctx.printer, ctx.settings)
        url = progress_url(ctx.settings, tracking)
        if not printer.ready():
            ctx.receipt.show_receipt(tracking, PrintState.FAILED, printer.problem(), url)
            ctx.voice.say(ctx.receipt.spoken_text())
            return
        ctx.journey.idle.pause("printing")
        form = ctx.journey.legal_aid
        name = form.identity.name if form.identity is not None else ""
        ctx.tasks.run(
            "print",
            lambda: printer.print_receipt(tracking, name),
            lambda result: self._printed(tracking, printer, result),
        )

    def _printed(self, tracking: str, printer: ReceiptPrinter, result: object) -> None:
        ctx = self.ctx
        ctx.journey.idle.resume("printing", ctx.clock())
        if ctx.journey.navigator.current != AID_RECEIPT:
            return
        ok = result is True
        state = PrintState.PRINTED if ok else PrintState.FAILED
        problem = "" if ok else printer.problem()
        url = progress_url(ctx.settings, tracking)
        ctx.receipt.show_receipt(tracking, state, problem, url)
        ctx.voice.say(ctx.receipt.spoken_text())
