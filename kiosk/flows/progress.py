"""Progress query: a tracking number plus the last four of the ID number, checked before it is
sent; the answer says the status in plain words, a wrong pair one plain message (never which
half was wrong, so the query cannot be used to guess either)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from api_client.client import CentralRejected, CentralUnreachable
from api_client.schemas import Progress, ProgressQuery
from api_client.tracking import PATTERN, is_valid_tracking_number
from kiosk.flows import QT_TRANSLATE_NOOP

_LAST4 = re.compile(r"^[0-9]{3}[0-9X]$")


class Outcome(enum.Enum):
    FOUND = "found"
    NOT_FOUND = "not_found"  # unknown number or wrong last four: one message for both
    OFFLINE = "offline"
    FAILED = "failed"


MESSAGES = {
    Outcome.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Progress",
        "No application matches this number and these four digits. Please check both "
        "and try again, or call 12348.",
    ),
    Outcome.OFFLINE: QT_TRANSLATE_NOOP(
        "Progress",
        "This terminal cannot reach the service centre right now, so progress cannot be "
        "looked up. Please call 12348, or try again later.",
    ),
    Outcome.FAILED: QT_TRANSLATE_NOOP(
        "Progress", "Progress could not be looked up just now. Please call 12348."
    ),
}

KIND_TEXT = {
    "legal_aid": QT_TRANSLATE_NOOP("Progress", "Legal aid application"),
    "consultation": QT_TRANSLATE_NOOP("Progress", "Legal consultation"),
    "notarisation": QT_TRANSLATE_NOOP("Progress", "Notarisation appointment"),
    "mediation": QT_TRANSLATE_NOOP("Progress", "Mediation appointment"),
    "callback": QT_TRANSLATE_NOOP("Progress", "Call-back from the 12348 hotline"),
}


def normalise(text: str) -> str:
    return "".join(text.split()).upper()


def tracking_ok(text: str) -> bool:
    return is_valid_tracking_number(normalise(text))


def tracking_mistyped(text: str) -> bool:
    """Complete in form but its check character disagrees: a character was mistyped."""
    return PATTERN.match(normalise(text)) is not None and not tracking_ok(text)


def last4_ok(text: str) -> bool:
    return _LAST4.fullmatch(normalise(text)) is not None


def query(tracking: str, last4: str) -> ProgressQuery:
    """The wire query; call only when both parts are valid."""
    return ProgressQuery(tracking_number=normalise(tracking), last4=normalise(last4))


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    progress: Progress | None = None


def answer_from(result: object) -> Answer:
    """What the network call gave back (a Progress or the error it raised) for the screen."""
    if isinstance(result, Progress):
        return Answer(Outcome.FOUND, result)
    if isinstance(result, CentralUnreachable):
        return Answer(Outcome.OFFLINE)
    if isinstance(result, CentralRejected) and result.status_code in (404, 422):
        return Answer(Outcome.NOT_FOUND)
    return Answer(Outcome.FAILED)
