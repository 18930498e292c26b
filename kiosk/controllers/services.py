"""The service journeys' controllers together: which one shows which screen."""

from __future__ import annotations

from kiosk.controllers.booking import BookingController
from kiosk.controllers.consultation import ConsultationController
from kiosk.controllers.documents import DocumentsController
from kiosk.controllers.progress import ProgressController
from kiosk.flows.journey import (
    BOOKING,
    BOOKING_DONE,
    CONSULT,
    CONSULT_ANSWER,
    DOCS,
    DOCS_FILL,
    DOCS_PREVIEW,
    LAWYER,
    PROGRESS,
)
from kiosk.journeys import JourneyController
from kiosk.knowledge_base import OfflineKnowledgeBase
from kiosk.net.calls import CentralCalls


class ServiceJourneys:
    def __init__(self, ctl: JourneyController, calls: CentralCalls) -> None:
        self.progress = ProgressController(ctl, calls)
        self.booking = BookingController(ctl, calls)
        self.knowledge = OfflineKnowledgeBase(ctl.settings.data_dir)
        self.consultation = ConsultationController(ctl, self.knowledge)
        self.documents = DocumentsController(ctl, self.knowledge)

    def show(self, screen_id: str) -> bool:
        """Show `screen_id` if it belongs to a service journey."""
        if screen_id == PROGRESS:
            self.progress.show()
        elif screen_id in (BOOKING, BOOKING_DONE):
            self.booking.show(screen_id)
        elif screen_id in (CONSULT, CONSULT_ANSWER, LAWYER):
            self.consultation.show(screen_id)
        elif screen_id in (DOCS, DOCS_FILL, DOCS_PREVIEW):
            self.documents.show(screen_id)
        else:
            return False
        return True
