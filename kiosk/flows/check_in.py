"""Checking in at the terminal for a booked appointment by video: the appointment number from
the booking paper, the central service's answer (is the check-in window open now?), and what
the resident is told when it is not. Plain Python: the screen shows it, the controller asks."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import tzinfo

from api_client.client import CentralRejected, CentralUnreachable
from api_client.schemas import BookingCheckIn
from api_client.tracking import is_valid_tracking_number
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.appointments import when
from kiosk.flows.progress import normalise


class CheckIn(enum.Enum):
    """What became of a check-in."""

    NONE = "none"  # nothing asked yet
    BAD_NUMBER = "bad_number"
    NOT_FOUND = "not_found"
    TOO_EARLY = "too_early"
    OVER = "over"
    NOT_BY_VIDEO = "not_by_video"
    OFFLINE = "offline"
    FAILED = "failed"
    OPEN = "open"  # go on to the call notice


# %1 is the booked time, %2 the office
TEXT = {
    CheckIn.BAD_NUMBER: QT_TRANSLATE_NOOP(
        "CheckIn",
        "Please check the appointment number on your booking paper: a character is wrong.",
    ),
    CheckIn.NOT_FOUND: QT_TRANSLATE_NOOP(
        "CheckIn",
        "No appointment with this number was booked at this terminal. Please check the "
        "number, or book a time.",
    ),
    CheckIn.TOO_EARLY: QT_TRANSLATE_NOOP(
        "CheckIn",
        "Your appointment is at %1 with %2. You can check in from half an hour before. "
        "Please come back then, book another time, or ask for a call-back.",
    ),
    CheckIn.OVER: QT_TRANSLATE_NOOP(
        "CheckIn",
        "Your appointment at %1 with %2 is over. Please book another time, or ask for a call-back.",
    ),
    CheckIn.NOT_BY_VIDEO: QT_TRANSLATE_NOOP(
        "CheckIn",
        "Your appointment at %1 with %2 is a mediation, held at the office, not by video.",
    ),
    CheckIn.OFFLINE: QT_TRANSLATE_NOOP(
        "CheckIn",
        "This terminal cannot reach the service centre right now. Please call 12348, or ask "
        "for a call-back.",
    ),
    CheckIn.FAILED: QT_TRANSLATE_NOOP(
        "CheckIn", "The check-in did not work just now. Please call 12348."
    ),
}
# after these the resident is offered another time and a call-back
OFFERS = frozenset({CheckIn.NOT_FOUND, CheckIn.TOO_EARLY, CheckIn.OVER, CheckIn.OFFLINE})


@dataclass
class CheckInState:
    """One resident's check-in (kept in the journey's session: wiped with it)."""

    number: str = ""
    outcome: CheckIn = CheckIn.NONE
    booking: BookingCheckIn | None = None

    def typed(self, text: str) -> bool:
        """Takes the typed number; True when it can be asked about."""
        self.number = normalise(text)
        self.outcome = CheckIn.NONE
        if not is_valid_tracking_number(self.number):
            self.outcome = CheckIn.BAD_NUMBER
            return False
        return True

    def answered(self, result: object) -> CheckIn:
        self.booking = result if isinstance(result, BookingCheckIn) else None
        if self.booking is not None:
            self.outcome = _outcome(self.booking)
        elif isinstance(result, CentralRejected) and result.status_code == 404:
            self.outcome = CheckIn.NOT_FOUND
        elif isinstance(result, CentralUnreachable):
            self.outcome = CheckIn.OFFLINE
        else:
            self.outcome = CheckIn.FAILED
        return self.outcome

    def slot_words(self, zone: tzinfo | None) -> tuple[str, str]:
        """(booked time, office) for the messages."""
        if self.booking is None:
            return "", ""
        return when(self.booking.slot.starts_at, zone), self.booking.organisation_name


def _outcome(booking: BookingCheckIn) -> CheckIn:
    if booking.window == "too_early":
        return CheckIn.TOO_EARLY
    if booking.window == "over":
        return CheckIn.OVER
    if booking.kind != "notarisation":
        return CheckIn.NOT_BY_VIDEO
    return CheckIn.OPEN
