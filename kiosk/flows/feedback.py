"""Small requests at the end of a journey: a rating of the service and a 12348 call-back."""

from __future__ import annotations

from typing import Any, Protocol

from api_client.personal_data import phone_valid
from api_client.schemas import CallbackPayload, RatingPayload
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.applicant import applicant, outbox_item

HOTLINE = "12348"

# 1 (very unhappy) to 5 (very happy); the screen paints a face and shows this word for each.
FACES: tuple[tuple[int, str], ...] = (
    (1, QT_TRANSLATE_NOOP("Rating", "Very unhappy")),
    (2, QT_TRANSLATE_NOOP("Rating", "Unhappy")),
    (3, QT_TRANSLATE_NOOP("Rating", "Neutral")),
    (4, QT_TRANSLATE_NOOP("Rating", "Happy")),
    (5, QT_TRANSLATE_NOOP("Rating", "Very happy")),
)
MAX_COMMENT = 200


class Outbox(Protocol):
    def add(self, kind: str, payload: dict[str, Any], now: float | None = None) -> Any: ...


def submit_rating(
    outbox: Outbox, service_id: str, score: int, comment: str, request: str | None = None
) -> str:
    """A rating carries no personal data: the service, the score and the resident's words;
    `request` names the request the journey made, so the central service files the rating
    with it."""
    if not 1 <= score <= 5:
        raise ValueError("a score is 1 to 5")
    payload = RatingPayload(
        service=service_id,
        score=score,
        comment=comment.strip()[:MAX_COMMENT],
        request_tracking_number=request or None,
    )
    return str(outbox.add("rating", outbox_item(payload)).tracking_number)


def submit_callback(outbox: Outbox, phone: str, topic: str) -> str:
    """A call-back request on the hotline channel; the phone number is checked first."""
    if not phone_valid(phone):
        raise ValueError("not a phone number")
    payload = CallbackPayload(applicant=applicant(None, phone), topic=topic)
    return str(outbox.add("callback", outbox_item(payload)).tracking_number)
