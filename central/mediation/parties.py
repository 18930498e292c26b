"""Who is asking, as a party of the agreement: the mediator (the staff member who holds the
session), a terminal admitted to it (the resident's, or the other party's after redeeming an
invitation there), or a guest in a browser. Each lookup filters by the caller in the same
query, so another organisation's staff, another terminal or another session's guest get 404."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.agreement import SIGNING_ROLES
from api_client.schemas.mediation import MediationRole
from central.models import Kiosk, Staff
from central.sessions.errors import SessionError
from central.sessions.models import SessionParticipant, VideoSession
from central.sessions.staff_side import routed_session

MEDIATOR: MediationRole = "mediator"


@dataclass(frozen=True)
class Party:
    role: MediationRole
    participant_id: str
    actor: str  # for the journal


def _role(row: SessionParticipant) -> MediationRole:
    role = row.role if row.role in SIGNING_ROLES else None
    if role == "resident":
        return "resident"
    if role == "other_party":
        return "other_party"
    raise SessionError(403, f"a {row.role} has no slot on the agreement")


def mediator(session: Session, staff: Staff, public_id: str) -> tuple[VideoSession, Party]:
    """The session if this staff member holds it (routed to their organisation, claimed by
    them); 404 for another organisation's, 403 for a colleague's."""
    vs = routed_session(session, staff, public_id)
    if vs.claimed_by_id != staff.id:
        raise SessionError(403, f"session {public_id} is held by someone else")
    pid = session.scalar(
        select(SessionParticipant.participant_id).where(
            SessionParticipant.session_id == vs.id, SessionParticipant.staff_id == staff.id
        )
    )
    return vs, Party(MEDIATOR, pid or f"staff-{staff.id}", f"staff:{staff.username}")


def terminal(session: Session, kiosk: Kiosk, public_id: str) -> tuple[VideoSession, Party]:
    found = session.execute(
        select(VideoSession, SessionParticipant)
        .join(SessionParticipant, SessionParticipant.session_id == VideoSession.id)
        .where(VideoSession.public_id == public_id, SessionParticipant.kiosk_id == kiosk.id)
        .order_by(SessionParticipant.id.desc())
    ).first()
    if found is None:
        raise SessionError(404, f"no session {public_id} with this terminal in it")
    vs, row = found
    return vs, Party(_role(row), row.participant_id, f"terminal:{kiosk.terminal_id}")


def guest(
    session: Session, admitted: tuple[str, str], public_id: str
) -> tuple[VideoSession, Party]:
    """The guest's session, from what their cookie names (`guest.guest_participant`)."""
    session_id, participant_id = admitted
    found = session.execute(
        select(VideoSession, SessionParticipant)
        .join(SessionParticipant, SessionParticipant.session_id == VideoSession.id)
        .where(
            VideoSession.public_id == public_id,
            VideoSession.public_id == session_id,
            SessionParticipant.participant_id == participant_id,
            SessionParticipant.left_at.is_(None),
        )
    ).first()
    if found is None:
        raise SessionError(404, f"no session {public_id} for you")
    vs, row = found
    return vs, Party(_role(row), row.participant_id, f"guest:{row.participant_id}")
