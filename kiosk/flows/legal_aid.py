"""The legal aid application: eligibility questions, applicant, case description, submission.

The form lives in the ResidentSession until it is submitted through the outbox; a half-filled
form is wiped with the session, never shown to the next person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from api_client.personal_data import phone_valid
from api_client.schemas import LegalAidPayload
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.applicant import applicant, outbox_item
from kiosk.flows.identity import Identity
from kiosk.flows.photos import DocumentPhotos


@dataclass(frozen=True)
class Question:
    id: str
    text: str  # translated by the screen in context "LegalAid"


QUESTIONS: tuple[Question, ...] = (
    Question(
        "low_income",
        QT_TRANSLATE_NOOP(
            "LegalAid", "Is your household income below the local minimum living standard?"
        ),
    ),
    Question(
        "local_matter",
        QT_TRANSLATE_NOOP("LegalAid", "Did the matter happen in this county or city?"),
    ),
    Question(
        "no_lawyer",
        QT_TRANSLATE_NOOP("LegalAid", "Do you have no lawyer for this matter yet?"),
    ),
)

MIN_DESCRIPTION = 5
MAX_DESCRIPTION = 500


class Outbox(Protocol):
    """What the form needs of api_client's OutboxStore."""

    def add(
        self,
        kind: str,
        payload: dict[str, Any],
        now: float | None = None,
        files: Sequence[bytes] = (),
    ) -> Any: ...


@dataclass(repr=False)
class LegalAidForm:
    """One application being filled in. `repr` shows progress only, never the content."""

    identity: Identity | None = None
    answers: dict[str, bool] = field(default_factory=dict)
    phone: str = ""
    description: str = ""
    tracking_number: str | None = None
    photos: DocumentPhotos = field(default_factory=DocumentPhotos)

    def answer(self, question_id: str, yes: bool) -> None:
        if question_id not in {q.id for q in QUESTIONS}:
            raise KeyError(question_id)
        self.answers[question_id] = yes

    @property
    def all_answered(self) -> bool:
        return len(self.answers) == len(QUESTIONS)

    @property
    def likely_eligible(self) -> bool:
        """Staff decide; the kiosk only says whether an application looks worth making."""
        return self.all_answered and all(self.answers.values())

    @property
    def description_ok(self) -> bool:
        return MIN_DESCRIPTION <= len(self.description.strip()) <= MAX_DESCRIPTION

    @property
    def phone_ok(self) -> bool:
        return phone_valid(self.phone)

    @property
    def ready(self) -> bool:
        return (
            self.identity is not None
            and self.all_answered
            and self.description_ok
            and self.phone_ok
        )

    @property
    def submitted(self) -> bool:
        return self.tracking_number is not None

    def payload(self) -> LegalAidPayload:
        if self.identity is None:
            raise ValueError("no applicant")
        return LegalAidPayload(
            applicant=applicant(self.identity, self.phone),
            eligibility=dict(self.answers),
            description=self.description.strip(),
            document_photos=len(self.photos),
        )

    def submit(self, outbox: Outbox) -> str:
        """Store the application durably; returns its tracking number. Submitting twice is a
        no-op, so a double tap never files two applications."""
        if self.tracking_number is not None:
            return self.tracking_number
        if not self.ready:
            raise ValueError("the form is not complete")
        payload = outbox_item(self.payload())
        item = outbox.add("legal_aid", payload, files=self.photos.all_data())
        self.tracking_number = str(item.tracking_number)
        self.photos.discard()  # sealed in the outbox now; the clear copies go
        return self.tracking_number

    def discard(self) -> None:
        """The session is wiped: the document photos' temporary files go with it."""
        self.photos.discard()

    def __repr__(self) -> str:
        return (
            f"LegalAidForm(answered={len(self.answers)}, photos={len(self.photos)}, "
            f"submitted={self.submitted})"
        )
