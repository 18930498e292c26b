"""The act of one session as the console shows it, to staff of the organisation that handled
it (the notary's who claimed it; their role must take its kind); anyone else is told there is
no such session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.evidence.models import NotarialAct
from central.models import Staff
from central.sessions.errors import SessionError
from central.sessions.staff_side import routed_session


@dataclass(frozen=True)
class ActView:
    session_id: str
    act_id: str
    state: str
    created_at: datetime
    sealed_at: datetime | None
    attempts: int
    last_error: str | None
    seal_signer: str | None
    seal_time: datetime | None
    sealed_sha256: str | None
    seal_cert_sha256: str | None
    record: dict[str, Any]  # masked values and hashes only (central.evidence.record)


def act_view(session: Session, staff: Staff, public_id: str) -> ActView | None:
    """None: the session has no act (yet); acts are made when a notarisation completes."""
    vs = routed_session(session, staff, public_id)
    handler = session.get(Staff, vs.claimed_by_id) if vs.claimed_by_id else None
    if handler is None or handler.organisation_id != staff.organisation_id:
        # routed to several offices, handled by one: the others do not learn of its act
        raise SessionError(404, f"no session {public_id} for you")
    act = session.scalars(select(NotarialAct).where(NotarialAct.session_id == vs.id)).first()
    if act is None:
        return None
    return ActView(
        vs.public_id,
        act.public_id,
        act.state,
        act.created_at,
        act.sealed_at,
        act.attempts,
        act.last_error,
        act.seal_signer,
        act.seal_time,
        act.sealed_sha256,
        act.seal_cert_sha256,
        act.record,
    )
