"""Identity re-proof after a dropped notarisation call (issue 17), on the UI thread: when the
runner says the call dropped, the re-proof screen asks for the ID card used at the start; the
real card reader reads it (a device worker), kiosk.flows.reproof judges it, the runner tells
the central service, and once a passed proof is there the call screen comes back and the
runner reconnects. The card's data is dropped right after the comparison."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from devices.idcard.port import IdCardData, IdReader
from devices.xfs import DeviceEvent, DeviceFamily, EventKind
from kiosk.controllers.context import Voice, online
from kiosk.controllers.router import Router
from kiosk.controllers.session_reproof import Reproofs
from kiosk.flows.journey import SESSION_CALL, SESSION_REPROOF, Journey
from kiosk.flows.reproof import ReproofStep, judge_card
from kiosk.screens.reproof import ReproofScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
CARD_READ_S = 5.0
_TASK = "reproof-read"


@dataclass(frozen=True)
class ReproofContext:
    screen: ReproofScreen
    journey: Journey
    reader: IdReader | None
    reproofs: Reproofs
    tasks: Tasks
    voice: Voice


class ReproofController:
    def __init__(self, ctx: ReproofContext, router: Router) -> None:
        self.ctx = ctx
        self._passed = False
        router.register(SESSION_REPROOF, enter=lambda _id: self._enter())

    def needed(self) -> None:
        """The runner holds a dropped notarisation call: ask for the card (queued signal)."""
        journey = self.ctx.journey
        if journey.navigator.current != SESSION_CALL:
            return  # the call screen was left meanwhile (the resident ended it)
        self._passed = False
        self.ctx.screen.show_step(ReproofStep.WAITING)
        journey.go(SESSION_REPROOF)

    def _enter(self) -> None:
        self.ctx.voice.say(self.ctx.screen.spoken_text())
        reader = self.ctx.reader
        if reader is not None and online(reader) and reader.card_present():
            self._read()

    def on_device_event(self, event: DeviceEvent) -> None:
        """A card placed on the reader while the screen asks for it is read."""
        if (
            event.family is DeviceFamily.ID_READER
            and event.kind is EventKind.MEDIA_INSERTED
            and self.ctx.journey.navigator.current == SESSION_REPROOF
        ):
            self._read()

    def _read(self) -> None:
        reader = self.ctx.reader
        if reader is None or self._passed or self.ctx.tasks.busy_with(_TASK):
            return
        self.ctx.screen.show_step(ReproofStep.READING)
        self.ctx.tasks.run(_TASK, lambda: reader.read_card(CARD_READ_S), self._card_read)

    def _card_read(self, result: object) -> None:
        if self.ctx.journey.navigator.current != SESSION_REPROOF:
            return  # left meanwhile: the card's data is dropped
        card = result if isinstance(result, IdCardData) else None
        verdict = judge_card(self.ctx.journey.identity, card)
        log.info("identity re-proof: %s", verdict.step.value)
        self._show(verdict.step)
        if verdict.proof is not None:
            self._passed = verdict.proof.result == "passed"
            self.ctx.reproofs.prove(verdict.proof)

    def proved(self, sent: bool) -> None:
        """The central service has the proof (or could not be told): queued signal."""
        if self.ctx.journey.navigator.current != SESSION_REPROOF or not self._passed:
            return
        if not sent:
            self._passed = False
            self._show(ReproofStep.NOT_SENT)
            return
        self.ctx.screen.show_step(ReproofStep.PASSED)
        self.ctx.journey.back()  # to the call screen, which says the call is coming back

    def _show(self, step: ReproofStep) -> None:
        self.ctx.screen.show_step(step)
        self.ctx.voice.say(self.ctx.screen.status.text())
