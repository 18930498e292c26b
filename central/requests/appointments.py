"""Office hours, slots and bookings. A slot is booked by at most one appointment: the unique
`appointments.slot_id` refuses the second booking on every backend, and the request made for
the booking is rolled back with it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api_client.schemas import (
    BookingOut,
    BookingRequest,
    OfficeHoursOut,
    OrganisationSlots,
    SlotsCreate,
)
from api_client.tracking import is_valid_tracking_number
from central.clock import as_utc, utcnow
from central.journal import chain as journal
from central.models import Appointment, AppointmentSlot, Kiosk, OfficeHours, Organisation
from central.requests.due import due_for
from central.requests.errors import RequestError
from central.requests.locking import write_lock
from central.requests.records import NewRequest, by_key, create, record_step, scoped_key
from central.requests.views import slot_out

HORIZON = timedelta(days=14)
_HHMM = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


def set_office_hours(
    session: Session, org: Organisation, hours: list[OfficeHoursOut], actor: str
) -> list[OfficeHoursOut]:
    write_lock(session)
    for span in hours:
        if not (_HHMM.match(span.opens) and _HHMM.match(span.closes)):
            raise RequestError(
                400, f"times are HH:MM (00:00-23:59), not {span.opens!r}-{span.closes!r}"
            )
        if span.opens >= span.closes:
            raise RequestError(400, f"{span.opens}-{span.closes}: opening must come before closing")
    keys = [(span.weekday, span.opens) for span in hours]
    if len(set(keys)) != len(keys):
        raise RequestError(400, "two spans open on the same weekday at the same time")
    session.execute(delete(OfficeHours).where(OfficeHours.organisation_id == org.id))
    for span in hours:
        session.add(OfficeHours(organisation_id=org.id, **span.model_dump()))
    journal.append(
        session, actor, "office_hours.set", f"organisation:{org.code}", {"spans": len(hours)}
    )
    return office_hours(session, org.id)


def office_hours(session: Session, org_id: int) -> list[OfficeHoursOut]:
    rows = session.scalars(
        select(OfficeHours)
        .where(OfficeHours.organisation_id == org_id)
        .order_by(OfficeHours.weekday, OfficeHours.opens)
    )
    return [OfficeHoursOut(weekday=r.weekday, opens=r.opens, closes=r.closes) for r in rows]


def add_slots(
    session: Session, org: Organisation, body: SlotsCreate, actor: str
) -> list[AppointmentSlot]:
    write_lock(session)
    start = as_utc(body.starts_at)
    if start <= utcnow():
        raise RequestError(400, "slots must start in the future")
    length = timedelta(minutes=body.minutes)
    slots = []
    for n in range(body.count):
        begins = start + n * length
        taken = session.scalars(
            select(AppointmentSlot.id).where(
                AppointmentSlot.organisation_id == org.id,
                AppointmentSlot.service == body.service,
                AppointmentSlot.starts_at == begins,
            )
        ).first()
        if taken:
            raise RequestError(
                409, f"a {body.service} slot starting {begins.isoformat()} already exists"
            )
        slot = AppointmentSlot(
            organisation_id=org.id,
            service=body.service,
            starts_at=begins,
            ends_at=begins + length,
            created_at=utcnow(),
        )
        session.add(slot)
        slots.append(slot)
    session.flush()
    journal.append(
        session,
        actor,
        "slots.add",
        f"organisation:{org.code}",
        {"service": body.service, "count": body.count, "starts_at": start.isoformat()},
    )
    return slots


def free_slots(
    session: Session, service: str, near: Organisation | None, now: datetime
) -> list[OrganisationSlots]:
    """Free slots of the next 14 days, by organisation, the terminal's own region first."""
    booked = exists().where(Appointment.slot_id == AppointmentSlot.id)
    slots = session.scalars(
        select(AppointmentSlot)
        .where(
            AppointmentSlot.service == service,
            AppointmentSlot.starts_at > now,
            AppointmentSlot.starts_at <= now + HORIZON,
            ~booked,
        )
        .order_by(AppointmentSlot.starts_at)
    )
    by_org: dict[int, list[AppointmentSlot]] = {}
    for slot in slots:
        by_org.setdefault(slot.organisation_id, []).append(slot)
    orgs = [o for o in (session.get(Organisation, i) for i in by_org) if o is not None]
    home = near.region_code if near else ""

    def closeness(org: Organisation) -> tuple[int, str]:
        shared = next(
            (i for i, (a, b) in enumerate(zip(org.region_code, home, strict=False)) if a != b),
            min(len(home), len(org.region_code)),
        )
        return (-shared, org.name)

    return [
        OrganisationSlots(
            organisation_code=org.code,
            organisation_name=org.name,
            office_hours=office_hours(session, org.id),
            slots=[slot_out(s) for s in by_org[org.id]],
        )
        for org in sorted(orgs, key=closeness)
    ]


def book(session: Session, kiosk: Kiosk, body: BookingRequest, zone: ZoneInfo) -> BookingOut:
    """Create the request and its appointment together; a repeat of the key gets the same
    answer with `duplicate: true`; a slot someone else holds answers 409."""
    write_lock(session)
    if not is_valid_tracking_number(body.tracking_number):
        raise RequestError(409, "the tracking number's check character does not match")
    if not body.tracking_number.startswith(f"{kiosk.terminal_id}-"):
        raise RequestError(409, f"tracking numbers of this terminal start {kiosk.terminal_id}-")
    key = scoped_key(f"t{kiosk.id}", body.idempotency_key)
    existing = by_key(session, key)
    if existing is not None:
        return _repeat(session, existing.id, existing.tracking_number, body)
    slot = session.get(AppointmentSlot, body.slot_id)
    if slot is None:
        raise RequestError(404, f"no appointment slot {body.slot_id}; list the free slots again")
    if slot.service != body.kind:
        raise RequestError(409, f"slot {slot.id} is for {slot.service}, not {body.kind}")
    if as_utc(slot.starts_at) <= utcnow():
        raise RequestError(409, f"slot {slot.id} has already begun; choose a later one")
    org = session.get(Organisation, slot.organisation_id)
    assert org is not None
    actor = f"terminal:{kiosk.terminal_id}"
    try:
        with session.begin_nested():
            new = NewRequest(
                kind=body.kind,
                channel="kiosk",
                organisation=org,
                site=kiosk.site,
                applicant=body.applicant.contact(),
                summary=body.summary,
                tracking_number=body.tracking_number,
                idempotency_key=key,
                kiosk_id=kiosk.id,
                due_at=max(due_for(body.kind, utcnow(), zone), as_utc(slot.ends_at)),
            )
            row, duplicate = create(session, new, actor, zone)
            if duplicate:  # the same key won a race a moment ago
                return _repeat(session, row.id, row.tracking_number, body)
            session.add(Appointment(slot_id=slot.id, request_id=row.id, booked_at=utcnow()))
            session.flush()
            when = as_utc(slot.starts_at).astimezone(zone).strftime("%Y-%m-%d %H:%M")
            record_step(session, row, actor, "book", "submitted", "submitted", f"{org.code} {when}")
    except IntegrityError:
        raised = by_key(session, key)
        if raised is not None:
            return _repeat(session, raised.id, raised.tracking_number, body)
        raise RequestError(
            409, f"slot {slot.id} was just taken by someone else; choose another free slot"
        ) from None
    return BookingOut(
        tracking_number=row.tracking_number,
        slot=slot_out(slot),
        organisation_name=org.name,
        duplicate=False,
    )


def _repeat(session: Session, request_id: int, number: str, body: BookingRequest) -> BookingOut:
    appointment = session.scalars(
        select(Appointment).where(Appointment.request_id == request_id)
    ).first()
    if number != body.tracking_number or appointment is None:
        raise RequestError(409, "this idempotency key was already used for another request")
    slot = session.get(AppointmentSlot, appointment.slot_id)
    assert slot is not None
    org = session.get(Organisation, slot.organisation_id)
    return BookingOut(
        tracking_number=number,
        slot=slot_out(slot),
        organisation_name=org.name if org else "",
        duplicate=True,
    )
