"""Who asks about a mediation session: the mediator who holds the call, a terminal of one of
its parties, or a browser guest by cookie. Each lookup filters by the caller in the query, so
another organisation's staff, another session's terminal or guest find nothing (404/401)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Kiosk, Staff
from central.sessions import staff_side
from central.sessions.errors import SessionError
from central.sessions.mediation.models import MediationMember
from central.sessions.models import SessionParticipant, VideoSession

GUEST_COOKIE = "lexkiosk_guest"


@dataclass(frozen=True)
class Caller:
    """A session and the asking participant's id in it."""

    vs: VideoSession
    participant_id: str
    is_mediator: bool


def _mediation(vs: VideoSession, public_id: str) -> VideoSession:
    if vs.kind != "mediation":
        raise SessionError(404, f"session {public_id} is not a mediation")
    return vs


def mediator(session: Session, staff: Staff, public_id: str) -> Caller:
    """The mediator holding the call (routed to their organisation, claimed by them)."""
    vs = _mediation(staff_side.own_call(session, staff, public_id), public_id)
    person = session.scalars(
        select(SessionParticipant).where(
            SessionParticipant.session_id == vs.id,
            SessionParticipant.staff_id == staff.id,
            SessionParticipant.left_at.is_(None),
        )
    ).first()
    if person is None:
        raise SessionError(403, f"you are not a participant of session {public_id} now")
    return Caller(vs, person.participant_id, True)


def terminal(session: Session, kiosk: Kiosk, public_id: str) -> Caller:
    """The resident's terminal, or the other party's terminal admitted by invitation."""
    row = session.execute(
        select(VideoSession, SessionParticipant)
        .join(SessionParticipant, SessionParticipant.session_id == VideoSession.id)
        .where(
            VideoSession.public_id == public_id,
            SessionParticipant.kiosk_id == kiosk.id,
        )
        .order_by(SessionParticipant.id.desc())
    ).first()
    if row is None:
        raise SessionError(404, f"no session {public_id} of this terminal")
    vs, person = row
    return Caller(_mediation(vs, public_id), person.participant_id, False)


def guest(session: Session, cookie: str | None, public_id: str) -> Caller:
    """The browser guest whose cookie admits them to this session; a removed guest's cookie
    admits nobody from the moment of removal."""
    if not cookie:
        raise SessionError(401, "no guest cookie: open the invitation link and redeem it first")
    digest = hashlib.sha256(cookie.encode()).hexdigest()
    row = session.execute(
        select(VideoSession, MediationMember)
        .join(MediationMember, MediationMember.session_id == VideoSession.id)
        .where(MediationMember.cookie_sha256 == digest, VideoSession.public_id == public_id)
    ).first()
    if row is None:
        raise SessionError(401, "this guest cookie admits nobody to this session")
    vs, member = row
    if member.removed_at is not None:
        raise SessionError(401, "you were removed from this mediation by the mediator")
    return Caller(_mediation(vs, public_id), member.participant_id, False)


def session_of(session: Session, public_id: str) -> VideoSession:
    """The mediation session itself, for work done on its behalf after its caller was checked
    (a guest who left ends their side talk, though their cookie admits nobody any more)."""
    vs = session.scalars(select(VideoSession).where(VideoSession.public_id == public_id)).first()
    if vs is None:
        raise SessionError(404, f"no session {public_id}")
    return _mediation(vs, public_id)
