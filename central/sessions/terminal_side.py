"""What a terminal does with sessions: ask for one, follow it, leave, report its call, rate.

A terminal sees only its own sessions: every lookup filters by the terminal in the query.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import (
    SessionRating,
    SessionRequest,
    SessionStatus,
    StaffShown,
    Unavailable,
)
from central.clock import as_utc
from central.journal import chain as journal
from central.models import (
    Appointment,
    AppointmentSlot,
    Kiosk,
    Organisation,
    RequestEvent,
    Staff,
)
from central.recordings.live import is_recording
from central.requests.locking import write_lock
from central.requests.records import by_number
from central.sessions.documents import shown as shown_document
from central.sessions.errors import SessionError
from central.sessions.hours import hours_of, open_now, unavailable
from central.sessions.models import (
    SessionEvent,
    SessionParticipant,
    SessionRouteRow,
    VideoSession,
)
from central.sessions.queue import position_and_wait, route_ids
from central.sessions.routing import (
    ROLE_FOR_KIND,
    available_staff,
    eligible_staff,
    routed_organisations,
)
from central.sessions.settings import SessionSettings
from central.sessions.states import ENDED
from central.sessions.transitions import move

# An appointment counts as checked in from this long before its slot to its end.
CHECK_IN_EARLY = timedelta(minutes=30)


@dataclass(frozen=True)
class Context:
    settings: SessionSettings
    zone: ZoneInfo
    now: datetime


def _actor(kiosk: Kiosk) -> str:
    return f"terminal:{kiosk.terminal_id}"


def own_session(session: Session, kiosk: Kiosk, public_id: str) -> VideoSession:
    vs = session.scalars(
        select(VideoSession).where(
            VideoSession.public_id == public_id, VideoSession.kiosk_id == kiosk.id
        )
    ).first()
    if vs is None:
        raise SessionError(404, f"no session {public_id} of this terminal")
    return vs


def _booked_slot(session: Session, request_id: int, now: datetime) -> AppointmentSlot | None:
    """The request's appointment slot, if the resident checks in for it now."""
    slot = session.scalars(
        select(AppointmentSlot)
        .join(Appointment, Appointment.slot_id == AppointmentSlot.id)
        .where(Appointment.request_id == request_id)
    ).first()
    if slot is None:
        return None
    if as_utc(slot.starts_at) - CHECK_IN_EARLY <= now <= as_utc(slot.ends_at):
        return slot
    return None


def request_session(
    session: Session, kiosk: Kiosk, body: SessionRequest, ctx: Context
) -> VideoSession:
    """Queue a session for the terminal's request, or end it at once (abandoned, with the
    plain message) when nobody can take it. Asking again for a request with a live session
    answers that session."""
    write_lock(session)
    request = by_number(session, body.tracking_number)
    if request is None or request.kiosk_id != kiosk.id:
        raise SessionError(
            404,
            f"no request {body.tracking_number} from this terminal has arrived; deliver the "
            "outbox first, then ask again",
        )
    live = session.scalars(
        select(VideoSession).where(
            VideoSession.request_id == request.id, VideoSession.state.not_in(ENDED)
        )
    ).first()
    if live is not None:
        return live
    owner = session.get(Organisation, kiosk.organisation_id) if kiosk.organisation_id else None
    slot = _booked_slot(session, request.id, ctx.now)
    if slot is not None:
        booked = session.get(Organisation, slot.organisation_id)
        orgs = [booked] if booked is not None else []
    else:
        orgs = routed_organisations(session, body.kind, owner.region_code) if owner else []
    vs = VideoSession(
        public_id=f"vs_{secrets.token_urlsafe(16)}",
        kind=body.kind,
        state="requested",
        request_id=request.id,
        kiosk_id=kiosk.id,
        language=body.language,
        identified_by=body.identified_by,
        requested_at=ctx.now,
        updated_at=ctx.now,
    )
    session.add(vs)
    session.flush()
    for org in orgs:
        session.add(SessionRouteRow(session_id=vs.id, organisation_id=org.id))
    session.add(
        SessionParticipant(
            session_id=vs.id,
            participant_id=f"resident-{secrets.token_hex(6)}",
            role="resident",
            kiosk_id=kiosk.id,
            added_at=ctx.now,
        )
    )
    session.add(
        SessionEvent(
            session_id=vs.id, at=ctx.now, actor=_actor(kiosk), from_state="", to_state="requested"
        )
    )
    session.add(
        RequestEvent(
            request_id=request.id,
            at=ctx.now,
            actor=_actor(kiosk),
            action="session.requested",
            organisation_id=request.organisation_id,
            note=f"video session {vs.public_id} ({vs.kind}) requested",
        )
    )
    journal.append(
        session,
        _actor(kiosk),
        "session.requested",
        f"session:{vs.public_id}",
        {
            "kind": vs.kind,
            "request": request.tracking_number,
            "language": vs.language,
            "identified_by": vs.identified_by,
            "organisations": [o.code for o in orgs],
            "appointment": slot is not None,
        },
    )
    session.flush()
    refusal = _refusal(session, vs, orgs, ctx)
    if refusal is not None:
        move(session, vs, "abandoned", _actor(kiosk), refusal, ended_at=ctx.now, end_reason=refusal)
    else:
        # a resident who checks in late keeps the booked time as their place in the queue
        queued_at = min(ctx.now, as_utc(slot.starts_at)) if slot is not None else ctx.now
        move(
            session, vs, "queued", _actor(kiosk), "appointment" if slot else "", queued_at=queued_at
        )
    return vs


def _staffed(session: Session, kind: str, orgs: list[Organisation]) -> list[Organisation]:
    """The offices whose hours count: those with staff who may take the kind (a routed office
    without such staff, e.g. the bureau above a notary office, neither closes the notary
    office nor is shown); all of them when none has such staff."""
    staffed = [o for o in orgs if eligible_staff(session, kind, [o.id])]
    return staffed or orgs


def _refusal(
    session: Session, vs: VideoSession, orgs: list[Organisation], ctx: Context
) -> str | None:
    if not orgs:
        return "no_organisation"
    if not open_now(hours_of(session, _staffed(session, vs.kind, orgs)), ctx.now, ctx.zone):
        return "outside_office_hours"
    if not available_staff(session, vs.kind, [o.id for o in orgs]):
        return "nobody_available"
    return None


def status_of(session: Session, vs: VideoSession, ctx: Context) -> SessionStatus:
    position = wait = None
    staff_count = 0
    if vs.state == "queued":
        position, wait, staff_count = position_and_wait(session, vs, ctx.settings)
    shown = None
    if vs.claimed_by_id is not None and vs.state not in ENDED:
        staff = session.get(Staff, vs.claimed_by_id)
        if staff is not None:
            shown = StaffShown(display_name=staff.display_name, role=ROLE_FOR_KIND[vs.kind])
    refused: Unavailable | None = None
    if vs.end_reason in {"nobody_available", "outside_office_hours", "no_organisation"}:
        orgs = [o for o in (session.get(Organisation, i) for i in route_ids(session, vs)) if o]
        shown_hours = hours_of(session, _staffed(session, vs.kind, orgs))
        refused = unavailable(vs.end_reason, shown_hours, vs.language, vs.kind)
    return SessionStatus(
        session_id=vs.public_id,
        kind=vs.kind,
        state=vs.state,
        position=position,
        estimated_wait_s=wait,
        available_staff=staff_count,
        staff=shown,
        unavailable=refused,
        caption=vs.caption,
        document=shown_document(session, vs),
        recording=is_recording(session, vs.public_id),
        updated_at=vs.updated_at,
    )


def leave(session: Session, kiosk: Kiosk, vs: VideoSession, now: datetime) -> None:
    """The resident leaves: from the queue or from the call."""
    if vs.state in ENDED:
        return
    write_lock(session)
    move(
        session,
        vs,
        "abandoned",
        _actor(kiosk),
        "resident_left",
        ended_at=now,
        end_reason="resident_left",
    )


def rate(session: Session, kiosk: Kiosk, vs: VideoSession, body: SessionRating) -> None:
    if vs.state != "completed":
        raise SessionError(409, f"only a completed call is rated; this one is {vs.state}")
    if vs.rating is not None:
        raise SessionError(409, "this call was rated already")
    vs.rating = body.score
    journal.append(
        session, _actor(kiosk), "session.rated", f"session:{vs.public_id}", {"score": body.score}
    )
