"""Notarisation and mediation appointments: office hours and free slots from the central
service, one slot booked online (a booking needs a free slot confirmed there and then).

The booking holds the resident's name and phone: it lives in the ResidentSession and is gone
when the journey ends.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from api_client.client import CentralRejected, CentralUnreachable
from api_client.personal_data import phone_valid
from api_client.schemas import BookingOut, BookingRequest, OrganisationSlots, SlotOut
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.applicant import applicant
from kiosk.flows.identity import Identity

KINDS: tuple[tuple[str, str], ...] = (
    ("notarisation", QT_TRANSLATE_NOOP("Appointments", "Notarisation")),
    ("mediation", QT_TRANSLATE_NOOP("Appointments", "Mediation")),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Appointments", "Mon"),
    QT_TRANSLATE_NOOP("Appointments", "Tue"),
    QT_TRANSLATE_NOOP("Appointments", "Wed"),
    QT_TRANSLATE_NOOP("Appointments", "Thu"),
    QT_TRANSLATE_NOOP("Appointments", "Fri"),
    QT_TRANSLATE_NOOP("Appointments", "Sat"),
    QT_TRANSLATE_NOOP("Appointments", "Sun"),
)


class Problem(enum.Enum):
    NONE = "none"
    OFFLINE = "offline"
    TAKEN = "taken"
    FAILED = "failed"


PROBLEM_TEXT = {
    Problem.OFFLINE: QT_TRANSLATE_NOOP(
        "Appointments",
        "This terminal cannot reach the service centre right now, so appointments cannot "
        "be booked here. Call 12348 to book by phone, or ask the hotline to call you back.",
    ),
    Problem.TAKEN: QT_TRANSLATE_NOOP(
        "Appointments",
        "Someone has just booked that time. Here are the times still free: please choose another.",
    ),
    Problem.FAILED: QT_TRANSLATE_NOOP(
        "Appointments", "The appointment could not be booked just now. Please call 12348."
    ),
}


@dataclass(frozen=True)
class SlotChoice:
    """One free slot with the organisation that offers it."""

    organisation: str
    slot: SlotOut


@dataclass(repr=False)
class Booking:
    """The resident's booking in progress; `key` stays the same across retries of one
    attempt, so a lost answer never books twice."""

    kind: str = "notarisation"
    organisations: list[OrganisationSlots] = field(default_factory=list)
    chosen: SlotChoice | None = None
    phone: str = ""
    key: str = field(default_factory=lambda: str(uuid.uuid4()))
    tracking: str = ""  # issued by the terminal at the first attempt, kept for retries
    result: BookingOut | None = None

    def __repr__(self) -> str:
        return f"Booking({self.kind}, {len(self.choices())} free, booked={self.result is not None})"

    def choices(self) -> list[SlotChoice]:
        out = [
            SlotChoice(org.organisation_name, slot)
            for org in self.organisations
            for slot in org.slots
        ]
        return sorted(out, key=lambda c: (c.slot.starts_at, c.organisation))

    def choose(self, slot_id: int) -> None:
        for choice in self.choices():
            if choice.slot.slot_id == slot_id:
                self.chosen = choice
                self.key = str(uuid.uuid4())  # a new attempt for a new slot
                self.tracking = ""
                return
        raise KeyError(slot_id)

    def ready(self) -> bool:
        return self.chosen is not None and phone_valid(self.phone)

    def request(self, tracking: str, identity: Identity | None) -> BookingRequest:
        if self.chosen is None:
            raise RuntimeError("no slot chosen")
        return BookingRequest(
            idempotency_key=self.key,
            tracking_number=tracking,
            slot_id=self.chosen.slot.slot_id,
            kind="mediation" if self.kind == "mediation" else "notarisation",
            applicant=applicant(identity, self.phone),
        )

    def slots_arrived(self, result: object) -> Problem:
        if isinstance(result, list):
            self.organisations = [o for o in result if isinstance(o, OrganisationSlots)]
            self.chosen = None
            return Problem.NONE
        return problem_of(result)

    def booked(self, result: object) -> Problem:
        if isinstance(result, BookingOut):
            self.result = result
            return Problem.NONE
        if isinstance(result, CentralRejected) and result.status_code == 409:
            self.chosen = None
            return Problem.TAKEN
        return problem_of(result)


def problem_of(result: object) -> Problem:
    if isinstance(result, CentralUnreachable):
        return Problem.OFFLINE
    return Problem.FAILED


def hours_lines(organisations: Sequence[OrganisationSlots]) -> list[tuple[str, list[int], str]]:
    """(organisation, weekdays, 'opens-closes') per organisation and opening time."""
    lines: list[tuple[str, list[int], str]] = []
    for org in organisations:
        spans: dict[str, list[int]] = {}
        for hours in sorted(org.office_hours, key=lambda h: (h.weekday, h.opens)):
            spans.setdefault(f"{hours.opens}–{hours.closes}", []).append(hours.weekday)
        for span, days in spans.items():
            lines.append((org.organisation_name, days, span))
    return lines


def when(moment: datetime, zone: tzinfo | None) -> str:
    """A slot's start as residents read it: 2026-12-01 09:30 in the service point's time."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
