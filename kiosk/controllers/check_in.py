"""Checking in for a booked video appointment: the number is asked about on the network
thread; an open window goes on to the call notice for that booking (the central service then
queues the session for the booked office at the booked time), anything else is said plainly
with the choices."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kiosk.controllers.context import Voice
from kiosk.controllers.router import Router
from kiosk.flows import check_in as flow
from kiosk.flows.journey import CHECK_IN, HOTLINE, Journey
from kiosk.net.calls import CentralCalls
from kiosk.screens.check_in import CheckInScreen

log = logging.getLogger(__name__)
Offer = Callable[[str, str], None]  # (session kind, tracking number): the call notice


@dataclass(frozen=True)
class CheckInContext:
    screen: CheckInScreen
    journey: Journey
    calls: CentralCalls
    zone: ZoneInfo
    voice: Voice
    offer: Offer


class CheckInController:
    def __init__(self, ctx: CheckInContext, router: Router) -> None:
        self.ctx = ctx
        self.calls = ctx.calls
        screen, journey = ctx.screen, ctx.journey
        screen.zone = ctx.zone
        screen.check_requested.connect(self.check)
        screen.book_requested.connect(journey.back)  # the booking screen it came from
        screen.callback_requested.connect(lambda: journey.go(HOTLINE))
        screen.back_requested.connect(journey.back)
        journey.ended.connect(lambda _reason: screen.show_state(None))
        router.register(CHECK_IN, enter=lambda _id: self._enter())

    @property
    def state(self) -> flow.CheckInState:
        session = self.ctx.journey.session
        state = session.get("check_in")
        if not isinstance(state, flow.CheckInState):
            state = flow.CheckInState()
            session.put("check_in", state)
        return state

    def _enter(self) -> None:
        self.ctx.screen.show_state(self.state)
        self.ctx.voice.say(self.ctx.screen.spoken_text())

    def check(self, text: str) -> None:
        state, screen = self.state, self.ctx.screen
        if self.calls.busy_with("check_in"):
            return
        if not state.typed(text):
            screen.show_state(state)
            self.ctx.voice.say(screen.message_text())
            return
        screen.show_state(state, busy=True)
        number = state.number
        self.calls.run("check_in", lambda client: client.check_in(number), self._answered)

    def _answered(self, result: object) -> None:
        if self.ctx.journey.navigator.current != CHECK_IN:
            return
        state, screen = self.state, self.ctx.screen
        outcome = state.answered(result)
        log.info("check-in answered: %s", outcome.value)
        screen.show_state(state)
        if outcome is flow.CheckIn.OPEN:
            self.ctx.journey.session.put("request_tracking", state.number)
            self.ctx.offer("notarisation", state.number)
        else:
            self.ctx.voice.say(screen.message_text())
