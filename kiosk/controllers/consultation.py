"""Legal consultation: the offline knowledge base searched on a worker thread, the answer
shown and read aloud, a lawyer's call-back requested through the outbox."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.controllers.context import Voice
from kiosk.controllers.messages import NOT_STORED
from kiosk.controllers.router import Router
from kiosk.flows.consultation import (
    BAD_QUERY,
    NO_KNOWLEDGE,
    NOTHING_FOUND,
    Article,
    Consultation,
    Knowledge,
    request_lawyer_callback,
)
from kiosk.flows.journey import CONSULT, CONSULT_ANSWER, LAWYER, Journey
from kiosk.qt import QCoreApplication
from kiosk.screens.answer import AnswerScreen
from kiosk.screens.consult import ConsultScreen
from kiosk.screens.lawyer import LawyerScreen
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)
MAX_FOUND = 6


def _tr(text: str) -> str:
    """Messages are marked in kiosk.flows.consultation, context "Consultation"."""
    return QCoreApplication.translate("Consultation", text)


@dataclass(frozen=True)
class ConsultationContext:
    screen: ConsultScreen
    answer: AnswerScreen
    lawyer: LawyerScreen
    journey: Journey
    knowledge: Knowledge
    outbox: Callable[[], OutboxStore]
    tasks: Tasks
    voice: Voice


class ConsultationController:
    def __init__(self, ctx: ConsultationContext, router: Router) -> None:
        self.ctx = ctx
        self.knowledge = ctx.knowledge
        j = ctx.journey
        self.screen = ctx.screen
        self.answer = ctx.answer
        self.lawyer = ctx.lawyer
        self._opening = ""  # what the consult screen said when it was opened
        self.screen.back_requested.connect(j.back)
        self.screen.search_requested.connect(self.search)
        self.screen.category_chosen.connect(self.browse)
        self.screen.article_chosen.connect(self.open_article)
        self.answer.back_requested.connect(j.back)
        self.answer.done.connect(j.finish)
        self.answer.read_aloud_requested.connect(lambda: ctx.voice.say(self.answer.spoken_text()))
        self.answer.lawyer_requested.connect(lambda: j.go(LAWYER))
        self.lawyer.back_requested.connect(j.back)
        self.lawyer.done.connect(j.finish)
        self.lawyer.callback_requested.connect(self.request_callback)
        j.ended.connect(lambda _reason: self._reset())
        router.register(CONSULT, prepare=self._fill_consult, enter=self._enter_consult)
        router.register(CONSULT_ANSWER, prepare=self._fill_answer, enter=self._enter_answer)
        router.register(LAWYER, enter=lambda _id: ctx.voice.say(self.lawyer.spoken_text()))

    def _reset(self) -> None:
        self.screen.show_consultation(None)
        self.answer.show_article(None)
        self.lawyer.reset()

    @property
    def consultation(self) -> Consultation:
        session = self.ctx.journey.session
        value = session.get("consultation")
        if not isinstance(value, Consultation):
            value = Consultation()
            session.put("consultation", value)
        return value

    def _fill_consult(self, _screen_id: str) -> None:
        self._opening = "" if self.knowledge.available else _tr(NO_KNOWLEDGE)
        self.screen.show_consultation(self.consultation, self._opening)

    def _enter_consult(self, _screen_id: str) -> None:
        self.screen.search_edit.setFocus()
        self.ctx.voice.say(self.screen.spoken_text() + "\n" + self._opening)

    def _fill_answer(self, _screen_id: str) -> None:
        self.answer.show_article(self.consultation.chosen)

    def _enter_answer(self, _screen_id: str) -> None:
        self.ctx.voice.say(self.answer.spoken_text())

    def search(self, text: str) -> None:
        consultation = self.consultation
        consultation.query, consultation.category = text, ""
        self._look_up(lambda: self.knowledge.find(text, MAX_FOUND))

    def browse(self, category: str) -> None:
        self.consultation.category = category
        self._look_up(lambda: self.knowledge.in_category(category, MAX_FOUND))

    def _look_up(self, work: Callable[[], object]) -> None:
        if not self.knowledge.available:
            self.screen.show_consultation(self.consultation, _tr(NO_KNOWLEDGE))
            return
        self.screen.set_searching()
        self.ctx.tasks.run("knowledge", work, self._found)

    def _found(self, result: object) -> None:
        if self.ctx.journey.navigator.current != CONSULT:
            return
        consultation = self.consultation
        message = ""
        if isinstance(result, list):
            consultation.results = [a for a in result if isinstance(a, Article)]
            if not consultation.results:
                message = _tr(NOTHING_FOUND)
        else:
            consultation.results = []
            message = _tr(BAD_QUERY) if isinstance(result, ValueError) else _tr(NOTHING_FOUND)
        self.screen.show_consultation(consultation, message)
        if message:
            self.ctx.voice.say(message)

    def open_article(self, article_id: int) -> None:
        consultation = self.consultation
        for article in consultation.results:
            if article.id == article_id:
                consultation.chosen = article
                self.ctx.journey.go(CONSULT_ANSWER)
                return

    def request_callback(self, phone: str) -> None:
        try:
            tracking = request_lawyer_callback(self.ctx.outbox(), self.consultation.chosen, phone)
        except Exception as err:  # the key or the disk: say so, keep the screen
            log.error("lawyer call-back not stored: %s", type(err).__name__)
            self.lawyer.show_problem(QCoreApplication.translate("Devices", NOT_STORED))
            return
        self.consultation.callback_tracking = tracking
        self.ctx.journey.session.put("request_tracking", tracking)
        self.lawyer.show_requested(tracking)
        self.ctx.voice.say(self.lawyer.confirmation.text())
