"""The staff member's end of a call, which wins over a participant's report landing at the
same moment.

Ending the call makes the staff member's page leave the room; the resident's side then sees
its connection go and may report a drop (`in_call -> interrupted`) while the end is still
being written. `move` refuses a move from a state that changed under it (409, "just changed
by someone else"): without a second look, End would answer that refusal instead of the
outcome. The end is therefore tried again from the state the session is in now, as long as
that state may still be ended by the staff member.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from api_client.schemas.sessions import Outcome
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession
from central.sessions.reproof import guard_completion
from central.sessions.states import ENDED, allowed
from central.sessions.transitions import move

# A participant reports each change once, so two reports in a row at most race one end.
ATTEMPTS = 3


def end_call(
    session: Session, vs: VideoSession, actor: str, outcome: Outcome, now: datetime
) -> None:
    """Completed (through completing) when the call took place or is under way, failed with
    `ended_before_call` when nobody has joined yet; raise SessionError (409) once the session
    has ended without this staff member (the resident left or the call failed for good).
    A notarial act completed with a drop not followed by a passed identity re-proof is
    refused (409) before anything moves (central.sessions.reproof)."""
    if outcome == "completed" and vs.state not in ENDED:
        guard_completion(session, vs)
    for attempt in range(ATTEMPTS):
        try:
            _end_once(session, vs, actor, outcome, now)
            return
        except SessionError:
            if vs.state in ENDED or attempt == ATTEMPTS - 1:
                raise


def _end_once(
    session: Session, vs: VideoSession, actor: str, outcome: Outcome, now: datetime
) -> None:
    if vs.state != "completing" and not allowed(vs.state, "completing"):
        # claimed or connecting: nobody has joined the call yet
        move(
            session,
            vs,
            "failed",
            actor,
            "ended_before_call",
            ended_at=now,
            end_reason="ended_before_call",
            outcome=outcome,
        )
        return
    if vs.state != "completing":
        move(session, vs, "completing", actor, outcome, outcome=outcome)
    move(session, vs, "completed", actor, outcome, ended_at=now, end_reason="ended_by_staff")
