"""Legal consultation: browse the categories or search the offline knowledge base, read an
answer (and hear it), and from an answer ask a lawyer to call back.

The knowledge base is the terminal's offline copy (kept by the downloader in the data
directory), so browsing and searching work without a network. A call-back request holds the
resident's phone number: it goes through the outbox and is not kept on screen afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from api_client.personal_data import phone_valid
from api_client.schemas import ConsultationPayload
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.applicant import applicant, outbox_item

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("labour", QT_TRANSLATE_NOOP("Consultation", "Wages and work")),
    ("marriage_family", QT_TRANSLATE_NOOP("Consultation", "Marriage and family")),
    ("neighbour", QT_TRANSLATE_NOOP("Consultation", "Neighbours")),
    ("traffic", QT_TRANSLATE_NOOP("Consultation", "Traffic accidents")),
    ("loan", QT_TRANSLATE_NOOP("Consultation", "Loans and debts")),
    ("land", QT_TRANSLATE_NOOP("Consultation", "Land contracts")),
    ("legal_aid", QT_TRANSLATE_NOOP("Consultation", "Legal aid")),
    ("other", QT_TRANSLATE_NOOP("Consultation", "Other questions")),
)
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "Consultation",
    "No answer was found for these words. Try other words, choose a topic, or call 12348.",
)
NO_KNOWLEDGE = QT_TRANSLATE_NOOP(
    "Consultation",
    "The answers are not on this terminal yet. Please call 12348, or ask a lawyer to call "
    "you back.",
)
BAD_QUERY = QT_TRANSLATE_NOOP(
    "Consultation", "Please type a few words about your question, for example 工资."
)


@dataclass(frozen=True)
class Article:
    """One question and its answer from the knowledge base (public text, not personal)."""

    id: int
    question: str
    answer: str
    category: str


class Knowledge(Protocol):
    """The offline knowledge base as the consultation journey needs it."""

    @property
    def available(self) -> bool: ...

    def in_category(self, category: str, limit: int) -> list[Article]: ...

    def find(self, text: str, limit: int) -> list[Article]:
        """Ranked answers for the resident's words; ValueError when there is nothing to search."""
        ...


class Outbox(Protocol):
    def add(self, kind: str, payload: dict[str, Any], now: float | None = None) -> Any: ...


@dataclass(repr=False)
class Consultation:
    """What the resident looked at; lives in the ResidentSession."""

    query: str = ""
    category: str = ""
    results: list[Article] = field(default_factory=list)
    chosen: Article | None = None
    phone: str = ""
    callback_tracking: str = ""

    def __repr__(self) -> str:
        return f"Consultation({len(self.results)} results, chosen={self.chosen is not None})"


def request_lawyer_callback(outbox: Outbox, article: Article | None, phone: str) -> str:
    """A consultation request asking a lawyer to call back about `article`; stored in the
    outbox (delivered when the central service is reachable). Returns the tracking number."""
    if not phone_valid(phone):
        raise ValueError("not a phone number")
    fields: dict[str, Any] = {"applicant": applicant(None, phone)}
    if article is not None:
        fields |= {
            "article_id": article.id,
            "question": article.question,
            "category": article.category,
        }
    payload = ConsultationPayload.model_validate(fields)
    return str(outbox.add("consultation", outbox_item(payload)).tracking_number)
