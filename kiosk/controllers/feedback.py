"""The end of a journey: the 12348 hotline (a call-back through the outbox), the rating, and
the reminder to take the card."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.controllers.context import Voice
from kiosk.controllers.messages import NOT_STORED, plain
from kiosk.controllers.router import Router
from kiosk.flows.feedback import submit_callback, submit_rating
from kiosk.flows.journey import HOTLINE, RATING, TAKE_CARD, Journey
from kiosk.screens.hotline import HotlineScreen
from kiosk.screens.rating import RatingScreen
from kiosk.screens.take_card import TakeCardScreen

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedbackContext:
    hotline: HotlineScreen
    rating: RatingScreen
    take_card: TakeCardScreen
    journey: Journey
    outbox: Callable[[], OutboxStore]
    voice: Voice


class FeedbackController:
    def __init__(self, ctx: FeedbackContext, router: Router) -> None:
        self.ctx = ctx
        j = ctx.journey
        ctx.hotline.back_requested.connect(j.back)
        ctx.hotline.done.connect(j.finish)
        ctx.hotline.callback_requested.connect(self.request_callback)
        ctx.rating.rated.connect(self.rate)
        ctx.rating.skipped.connect(j.finish)
        router.register(HOTLINE, enter=lambda _id: ctx.voice.say(ctx.hotline.spoken_text()))
        router.register(RATING)
        router.register(TAKE_CARD, enter=lambda _id: ctx.voice.say(ctx.take_card.spoken_text()))

    def reset(self) -> None:
        self.ctx.hotline.reset()
        self.ctx.rating.reset()

    def request_callback(self, phone: str) -> None:
        ctx = self.ctx
        try:
            tracking = submit_callback(ctx.outbox(), phone, "hotline")
        except Exception as err:
            log.error("call-back request not stored: %s", type(err).__name__)
            ctx.hotline.show_problem(plain(NOT_STORED))
            return
        ctx.journey.session.put("request_tracking", tracking)
        ctx.hotline.show_requested(tracking)

    def rate(self, score: int, comment: str) -> None:
        journey = self.ctx.journey
        service = journey.service_id or "unknown"
        try:
            request = journey.session.get("request_tracking")
            submit_rating(self.ctx.outbox(), service, score, comment, request)
        except Exception as err:  # a lost rating must not keep the resident waiting
            log.error("rating not stored: %s", type(err).__name__)
        journey.finish()
