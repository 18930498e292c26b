"""A resident checks in at a terminal for an appointment that terminal booked: the booking as
the terminal sees it and whether the check-in window is open now. The window is the one the
session queue uses (central.sessions.terminal_side): inside it, a session the terminal asks
for this tracking number goes to the booked organisation at the booked time."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import BookingCheckIn
from api_client.schemas.requests import CheckInWindow
from central.clock import as_utc
from central.models import Appointment, AppointmentSlot, Kiosk, Organisation, RequestRow
from central.requests.errors import RequestError
from central.requests.views import slot_out
from central.sessions.terminal_side import CHECK_IN_EARLY


def window_at(slot: AppointmentSlot, now: datetime) -> CheckInWindow:
    if now < as_utc(slot.starts_at) - CHECK_IN_EARLY:
        return "too_early"
    if now > as_utc(slot.ends_at):
        return "over"
    return "open"


def check_in(session: Session, kiosk: Kiosk, tracking_number: str, now: datetime) -> BookingCheckIn:
    """The terminal's own booking with this number (filtered by the terminal in the query),
    or a 404 that says so."""
    found = session.execute(
        select(RequestRow, AppointmentSlot)
        .join(Appointment, Appointment.request_id == RequestRow.id)
        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
        .where(RequestRow.tracking_number == tracking_number, RequestRow.kiosk_id == kiosk.id)
    ).first()
    if found is None:
        raise RequestError(404, f"no appointment {tracking_number} was booked at this terminal")
    request, slot = found.tuple()
    org = session.get(Organisation, slot.organisation_id)
    return BookingCheckIn(
        tracking_number=request.tracking_number,
        kind=cast(Literal["notarisation", "mediation"], slot.service),
        slot=slot_out(slot),
        organisation_name=org.name if org is not None else "",
        window=window_at(slot, now),
    )
