"""Moving a session from one state to another: a conditional UPDATE on the state it leaves
(one of two racing workers wins, the other is told), a row in the session's history, a line
in the request's history and one journal entry, all in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from central.clock import utcnow
from central.journal import chain as journal
from central.models import RequestEvent, RequestRow
from central.sessions.errors import SessionError
from central.sessions.models import SessionEvent, VideoSession
from central.sessions.states import ENDED, TransitionRefused, check


def move(
    session: Session,
    vs: VideoSession,
    to: str,
    actor: str,
    reason: str = "",
    **values: Any,
) -> None:
    """Move `vs` to `to` or raise SessionError 409 naming the state it is in now."""
    current = vs.state
    try:
        check(current, to)
    except TransitionRefused as err:
        raise SessionError(409, str(err)) from None
    now = utcnow()
    if to in ENDED:
        values.setdefault("caption", None)  # the text line goes with the call
    done = session.execute(
        update(VideoSession)
        .where(VideoSession.id == vs.id, VideoSession.state == current)
        .values(state=to, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(vs)
        raise SessionError(
            409, f"session {vs.public_id} was just changed by someone else: it is {vs.state} now"
        )
    session.refresh(vs)
    session.add(
        SessionEvent(
            session_id=vs.id,
            at=now,
            actor=actor[:64],
            from_state=current,
            to_state=to,
            reason=reason[:32],
        )
    )
    request = session.get(RequestRow, vs.request_id)
    assert request is not None  # a foreign key
    request.updated_at = now
    note = f"video session {vs.public_id}: {current} -> {to}" + (f" ({reason})" if reason else "")
    session.add(
        RequestEvent(
            request_id=request.id,
            at=now,
            actor=actor[:64],
            action=f"session.{to}"[:32],
            from_status=None,  # the request's own status does not change with the call's
            to_status=None,
            organisation_id=request.organisation_id,
            note=note,
        )
    )
    journal.append(
        session,
        actor,
        f"session.{to}",
        f"session:{vs.public_id}",
        {
            "from": current,
            "to": to,
            "kind": vs.kind,
            "reason": reason,
            "request": request.tracking_number,
        },
    )
