"""Who may play a session's recording: the staff member who handled it (claimed it, or took
it over), and a supervisor of an organisation at or above theirs. Anyone else gets the same
404 as for a session that does not exist."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth.staff import subtree_ids
from central.models import Staff
from central.sessions.errors import SessionError
from central.sessions.models import SessionParticipant, VideoSession


def handlers_of(session: Session, vs: VideoSession) -> list[Staff]:
    ids = set(
        session.scalars(
            select(SessionParticipant.staff_id).where(
                SessionParticipant.session_id == vs.id, SessionParticipant.staff_id.is_not(None)
            )
        )
    )
    if vs.claimed_by_id is not None:
        ids.add(vs.claimed_by_id)
    return list(session.scalars(select(Staff).where(Staff.id.in_(ids)))) if ids else []


def playable_session(session: Session, staff: Staff, public_id: str) -> VideoSession:
    vs = session.scalars(select(VideoSession).where(VideoSession.public_id == public_id)).first()
    if vs is not None:
        handlers = handlers_of(session, vs)
        if any(h.id == staff.id for h in handlers):
            return vs
        if "supervisor" in staff.roles:
            below = subtree_ids(session, staff.organisation_id)
            if any(h.organisation_id in below for h in handlers):
                return vs
    raise SessionError(
        404,
        f"no recording of session {public_id} that you may play: only the staff member who "
        "handled it and their supervisor may",
    )
