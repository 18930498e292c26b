"""Office hours and slots (staff publish them), free slots and bookings (terminals)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Response, status

from api_client.schemas import (
    ORG_CODE_PATTERN,
    TRACKING_NUMBER_PATTERN,
    BookingCheckIn,
    BookingOut,
    BookingRequest,
    OfficeHoursOut,
    OfficeHoursSet,
    OrganisationSlots,
    SlotOut,
    SlotsCreate,
)
from central.api.deps import CurrentKiosk, SessionDep
from central.api.problems import NOT_IN_SCOPE, UNAUTHORISED_DEVICE, problems
from central.api.request_deps import SlotEditor, Zone
from central.api.scope import actor, organisation_in_scope
from central.clock import utcnow
from central.requests import appointments
from central.requests.adoption import owner
from central.requests.check_in import check_in
from central.requests.views import slot_out

router = APIRouter(prefix="/api/v1", tags=["appointments"])
OrgCode = Annotated[str, Path(pattern=ORG_CODE_PATTERN, description="organisation code")]


@router.put(
    "/organisations/{organisation}/office-hours",
    responses={
        **NOT_IN_SCOPE,
        **problems(s400="a span is not HH:MM-HH:MM, or closes before it opens"),
    },
)
def set_office_hours(
    organisation: OrgCode, body: OfficeHoursSet, staff: SlotEditor, session: SessionDep
) -> list[OfficeHoursOut]:
    """Replace the organisation's office hours (weekday 0 = Monday, times local HH:MM)."""
    org = organisation_in_scope(session, staff, organisation)
    return appointments.set_office_hours(session, org, body.hours, actor(staff))


@router.post(
    "/organisations/{organisation}/slots",
    status_code=status.HTTP_201_CREATED,
    responses={
        **NOT_IN_SCOPE,
        **problems(s409="a slot at that time exists", s400="the first slot is not in the future"),
    },
)
def add_slots(
    organisation: OrgCode, body: SlotsCreate, staff: SlotEditor, session: SessionDep
) -> list[SlotOut]:
    """Publish consecutive appointment slots for notarisation or mediation."""
    org = organisation_in_scope(session, staff, organisation)
    slots = appointments.add_slots(session, org, body, actor(staff))
    return [slot_out(slot) for slot in slots]


@router.get("/kiosk/slots", responses=UNAUTHORISED_DEVICE)
def free_slots(
    service: Literal["notarisation", "mediation"], kiosk: CurrentKiosk, session: SessionDep
) -> list[OrganisationSlots]:
    """Free slots of the next 14 days with each organisation's office hours, the
    terminal's own region first."""
    return appointments.free_slots(session, service, owner(session, kiosk), utcnow())


@router.post(
    "/kiosk/bookings",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": BookingOut, "description": "a repeat of the same idempotency key"},
        **UNAUTHORISED_DEVICE,
        **problems(
            s404="no such slot",
            s409="the slot is taken, begun or of another service, or the key is reused",
        ),
    },
)
def book(
    body: BookingRequest, kiosk: CurrentKiosk, session: SessionDep, zone: Zone, response: Response
) -> BookingOut:
    """Book a slot and create the request in one transaction: 201 new, 200 repeat, 409 taken."""
    booking = appointments.book(session, kiosk, body, zone)
    if booking.duplicate:
        response.status_code = status.HTTP_200_OK
    return booking


@router.get(
    "/kiosk/bookings/{tracking_number}",
    responses={**UNAUTHORISED_DEVICE, **problems(s404="no such booking of this terminal")},
)
def booking_check_in(
    tracking_number: Annotated[str, Path(pattern=TRACKING_NUMBER_PATTERN)],
    kiosk: CurrentKiosk,
    session: SessionDep,
) -> BookingCheckIn:
    """A resident checks in for an appointment this terminal booked: the booking and whether
    the check-in window is open now (then a session for it goes to the booked office)."""
    return check_in(session, kiosk, tracking_number, utcnow())
