"""Legal consultation: the offline knowledge base searched on a worker thread, the answer
shown and read aloud, a lawyer's call-back requested through the outbox."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.flows.consultation import (
    BAD_QUERY,
    NO_KNOWLEDGE,
    NOTHING_FOUND,
    Article,
    Consultation,
    Knowledge,
    request_lawyer_callback,
)
from kiosk.flows.journey import CONSULT, CONSULT_ANSWER, LAWYER
from kiosk.journeys import NOT_STORED, JourneyController
from kiosk.qt import QCoreApplication

log = logging.getLogger(__name__)
MAX_FOUND = 6


def _tr(text: str) -> str:
    """Messages are marked in kiosk.flows.consultation, context "Consultation"."""
    return QCoreApplication.translate("Consultation", text)


class ConsultationController:
    def __init__(self, ctl: JourneyController, knowledge: Knowledge) -> None:
        self.ctl = ctl
        self.knowledge = knowledge
        w = ctl.window
        j = ctl.journey
        self.screen = w.consult
        self.answer = w.answer
        self.lawyer = w.lawyer
        self.screen.back_requested.connect(j.back)
        self.screen.search_requested.connect(self.search)
        self.screen.category_chosen.connect(self.browse)
        self.screen.article_chosen.connect(self.open_article)
        self.answer.back_requested.connect(j.back)
        self.answer.done.connect(j.finish)
        self.answer.read_aloud_requested.connect(lambda: ctl.speak(self.answer.spoken_text()))
        self.answer.lawyer_requested.connect(lambda: j.go(LAWYER))
        self.lawyer.back_requested.connect(j.back)
        self.lawyer.done.connect(j.finish)
        self.lawyer.callback_requested.connect(self.request_callback)
        j.ended.connect(lambda _reason: self._reset())

    def _reset(self) -> None:
        self.screen.show_consultation(None)
        self.answer.show_article(None)
        self.lawyer.reset()

    @property
    def consultation(self) -> Consultation:
        session = self.ctl.journey.session
        value = session.get("consultation")
        if not isinstance(value, Consultation):
            value = Consultation()
            session.put("consultation", value)
        return value

    def show(self, screen_id: str) -> None:
        w = self.ctl.window
        if screen_id == CONSULT:
            message = "" if self.knowledge.available else _tr(NO_KNOWLEDGE)
            self.screen.show_consultation(self.consultation, message)
            w.stack.setCurrentWidget(self.screen)
            self.screen.search_edit.setFocus()
            self.ctl.speak(self.screen.spoken_text() + "\n" + message)
        elif screen_id == CONSULT_ANSWER:
            self.answer.show_article(self.consultation.chosen)
            w.stack.setCurrentWidget(self.answer)
            self.ctl.speak(self.answer.spoken_text())
        else:
            w.stack.setCurrentWidget(self.lawyer)
            self.ctl.speak(self.lawyer.spoken_text())

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
        self.ctl.tasks.run("knowledge", work, self._found)

    def _found(self, result: object) -> None:
        if self.ctl.journey.navigator.current != CONSULT:
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
            self.ctl.speak(message)

    def open_article(self, article_id: int) -> None:
        consultation = self.consultation
        for article in consultation.results:
            if article.id == article_id:
                consultation.chosen = article
                self.ctl.journey.go(CONSULT_ANSWER)
                return

    def request_callback(self, phone: str) -> None:
        try:
            tracking = request_lawyer_callback(self.ctl.outbox(), self.consultation.chosen, phone)
        except Exception as err:  # the key or the disk: say so, keep the screen
            log.error("lawyer call-back not stored: %s", type(err).__name__)
            self.lawyer.show_problem(QCoreApplication.translate("Devices", NOT_STORED))
            return
        self.consultation.callback_tracking = tracking
        self.ctl.journey.session.put("request_tracking", tracking)
        self.lawyer.show_requested(tracking)
        self.ctl.speak(self.lawyer.confirmation.text())
