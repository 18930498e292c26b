"""What staff do with sessions: availability, the queue, claim, hand over, end.

A staff member sees a session only when it was routed to their own organisation and their
role takes its kind; the organisation filter is in the query, so another organisation's
session is simply not found (404).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api_client.schemas.sessions import Availability, AvailabilityOut, EndSession, QueueItem
from central.journal import chain as journal
from central.media.rooms import Room
from central.models import Kiosk, RequestRow, Staff
from central.requests.locking import write_lock
from central.requests.numbers import mask_name
from central.requests.records import record_step
from central.sessions import calls
from central.sessions.errors import SessionError
from central.sessions.models import SessionParticipant, SessionRouteRow, StaffPresence, VideoSession
from central.sessions.queue import PREFERRED_LANGUAGES, held_back_from, route_ids
from central.sessions.request_moves import move_on
from central.sessions.routing import ROLE_FOR_KIND, may_take
from central.sessions.settings import SessionSettings
from central.sessions.states import ENDED, WITH_STAFF
from central.sessions.transitions import move


def _actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


def kinds_for(staff: Staff) -> list[str]:
    return [kind for kind, role in ROLE_FOR_KIND.items() if role in staff.roles]


def set_availability(
    session: Session, staff: Staff, body: Availability, now: datetime
) -> AvailabilityOut:
    if not kinds_for(staff):
        raise SessionError(
            403, "video sessions need one of the roles notary, lawyer, clerk, mediator"
        )
    row = session.get(StaffPresence, staff.id)
    languages: list[str] = sorted(set(body.languages))
    if row is None:
        row = StaffPresence(
            staff_id=staff.id, available=body.available, languages=languages, updated_at=now
        )
        session.add(row)
    else:
        row.available, row.languages, row.updated_at = body.available, languages, now
    journal.append(
        session,
        _actor(staff),
        "staff.availability",
        f"staff:{staff.username}",
        {"available": body.available, "languages": languages},
    )
    return AvailabilityOut(username=staff.username, available=body.available, languages=languages)


def routed_session(
    session: Session, staff: Staff, public_id: str, lock: bool = False
) -> VideoSession:
    """The session if it was routed to the staff member's organisation and their role takes
    its kind; 404 otherwise (another organisation's session is not theirs to know of)."""
    routed = select(SessionRouteRow.session_id).where(
        SessionRouteRow.organisation_id == staff.organisation_id
    )
    query = select(VideoSession).where(
        VideoSession.public_id == public_id, VideoSession.id.in_(routed)
    )
    vs = session.scalars(query.with_for_update() if lock else query).first()
    if vs is None or not may_take(staff, vs.kind):
        raise SessionError(404, f"no session {public_id} for you")
    return vs


def own_call(session: Session, staff: Staff, public_id: str) -> VideoSession:
    vs = routed_session(session, staff, public_id)
    if vs.claimed_by_id != staff.id or vs.state not in WITH_STAFF:
        raise SessionError(403, f"session {public_id} is not yours now (it is {vs.state})")
    return vs


def ended_call_of(session: Session, staff: Staff, public_id: str) -> bool:
    """Whether the session was this staff member's call and has ended (by them or not)."""
    try:
        vs = routed_session(session, staff, public_id)
    except SessionError:
        return False
    return vs.claimed_by_id == staff.id and vs.state in ENDED


def queue(
    session: Session, staff: Staff, settings: SessionSettings, now: datetime
) -> list[QueueItem]:
    """The queued sessions this staff member may take, and their own open ones: booked with
    them first, then (for Mongolian speakers) sessions in Mongolian, then the longest waiting."""
    kinds = kinds_for(staff)
    if not kinds:
        return []
    routed = select(SessionRouteRow.session_id).where(
        SessionRouteRow.organisation_id == staff.organisation_id
    )
    rows = session.scalars(
        select(VideoSession)
        .where(
            VideoSession.id.in_(routed),
            VideoSession.kind.in_(kinds),
            (VideoSession.state == "queued")
            | (VideoSession.state.in_(WITH_STAFF) & (VideoSession.claimed_by_id == staff.id)),
        )
        .order_by(VideoSession.queued_at, VideoSession.id)
    ).all()
    presence = session.get(StaffPresence, staff.id)
    spoken = set(presence.languages) if presence else set()
    items = []
    for vs in rows:
        if vs.state == "queued" and held_back_from(session, vs, staff, settings, now):
            continue
        request = session.get(RequestRow, vs.request_id)
        kiosk = session.get(Kiosk, vs.kiosk_id)
        assert request is not None and kiosk is not None
        items.append(
            QueueItem(
                session_id=vs.public_id,
                kind=vs.kind,
                state=vs.state,
                language=vs.language,
                identified_by=vs.identified_by,
                tracking_number=request.tracking_number,
                applicant_name=mask_name(str(request.applicant.get("name", ""))),
                site=kiosk.site,
                queued_at=vs.queued_at,
                reserved_for_you=vs.reserved_for_id == staff.id,
            )
        )
    items.sort(
        key=lambda i: (
            not i.reserved_for_you,
            not (i.language in PREFERRED_LANGUAGES and i.language in spoken),
        )
    )
    return items


def claim(
    session: Session, staff: Staff, public_id: str, settings: SessionSettings, now: datetime
) -> VideoSession:
    """Atomic across workers: the move is an UPDATE ... WHERE state = 'queued', so of two
    staff claiming at once exactly one changes the row; the other is told who was faster."""
    write_lock(session)
    vs = routed_session(session, staff, public_id)
    if vs.state == "queued" and held_back_from(session, vs, staff, settings, now):
        raise SessionError(
            409,
            f"session {public_id} is offered to a colleague first (booked with them, or "
            "in a language they speak); it comes to everyone shortly",
        )
    if vs.state != "queued":
        raise SessionError(409, _taken(session, vs))
    try:
        move(
            session,
            vs,
            "claimed",
            _actor(staff),
            claimed_by_id=staff.id,
            claimed_at=now,
            reserved_for_id=None,
        )
    except SessionError:
        raise SessionError(409, _taken(session, vs)) from None
    session.add(
        SessionParticipant(
            session_id=vs.id,
            participant_id=f"{ROLE_FOR_KIND[vs.kind]}-{secrets.token_hex(6)}",
            role=ROLE_FOR_KIND[vs.kind],
            staff_id=staff.id,
            added_at=now,
        )
    )
    return vs


def _taken(session: Session, vs: VideoSession) -> str:
    if vs.claimed_by_id is not None:
        other = session.get(Staff, vs.claimed_by_id)
        who = other.display_name if other else "a colleague"
        return f"session {vs.public_id} was already claimed by {who}; it is {vs.state} now"
    return f"session {vs.public_id} can no longer be claimed: it is {vs.state}"


@dataclass(frozen=True)
class HandedOver:
    """A session handed over; `room` and `leaving` when it was handed over during the call:
    the room the resident stays in, and the participant to be no longer admitted to it."""

    session: VideoSession
    room: Room | None = None
    leaving: str | None = None


def hand_over(
    session: Session, staff: Staff, public_id: str, to_username: str | None, now: datetime
) -> HandedOver:
    """Back to the queue, for everyone or reserved for one colleague who may take it. During
    the call the room is kept (the resident stays in it) and waits anew (`queued_at`), so the
    queue's limit counts from the hand-over, not from the first wait."""
    write_lock(session)
    vs = own_call(session, staff, public_id)
    room = calls.live_room(session, vs)
    leaving = next(
        (p.participant_id for p in calls.participants(session, vs) if p.staff_id == staff.id),
        None,
    )
    colleague_id = None
    if to_username is not None:
        colleague = session.scalars(select(Staff).where(Staff.username == to_username)).first()
        if (
            colleague is None
            or colleague.organisation_id not in route_ids(session, vs)
            or not may_take(colleague, vs.kind)
        ):
            raise SessionError(
                404, f"no colleague {to_username} who takes {vs.kind} sessions routed here"
            )
        colleague_id = colleague.id
    values: dict[str, object] = {"queued_at": now} if room is not None else {}
    move(
        session,
        vs,
        "queued",
        _actor(staff),
        "handed_over" if colleague_id else "released",
        claimed_by_id=None,
        claimed_at=None,
        reserved_for_id=colleague_id,
        **values,
    )
    session.execute(
        update(SessionParticipant)
        .where(
            SessionParticipant.session_id == vs.id,
            SessionParticipant.staff_id == staff.id,
            SessionParticipant.left_at.is_(None),
        )
        .values(left_at=now)
    )
    return HandedOver(vs, room, leaving if room is not None else None)


def record_outcome(session: Session, staff: Staff, vs: VideoSession, body: EndSession) -> None:
    """The outcome and the staff member's note in the request's history (the journal keeps
    only the note's hash: notes may name people); a call that took place moves the request on
    (central.sessions.request_moves)."""
    request = session.get(RequestRow, vs.request_id)
    assert request is not None
    record_step(
        session,
        request,
        _actor(staff),
        f"session_outcome.{body.outcome}"[:32],
        None,
        None,
        f"video session {vs.public_id}: {body.outcome}. {body.note}".strip(),
    )
    if vs.state == "completed":
        move_on(session, staff, vs, body.outcome)
