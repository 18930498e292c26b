"""What a call does to its request: the staff member's notes, and the outcome moving the
request on through the request workflow's own table (central.requests.workflow), each step a
line of the request's history and an entry in the journal (central.requests.records).

The staff member who took the call (a notary, a lawyer) usually works for another
organisation than the one holding the request, so their right to move it comes from the call
they hold, not from `central.requests.access.held`.

Where an outcome leads: `completed` -> the request is completed; `needs_visit` -> it stays
open, in progress, until the resident comes in person; `referred` -> accepted, so that the
holder can issue the transfer order to the organisation the resident was referred to. A
request already past that point (completed, closed, transferred) keeps its status; the
outcome is still written to its history.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from api_client.schemas import RequestAction
from api_client.schemas.sessions import Outcome
from central.clock import utcnow
from central.models import RequestRow, Staff
from central.requests.locking import write_lock
from central.requests.records import by_number, record_step
from central.requests.workflow import TRANSITIONS
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession

WANTED: Final[dict[Outcome, str]] = {
    "completed": "completed",
    "needs_visit": "in_progress",
    "referred": "accepted",
}
# The workflow actions a call may take on the way to the wanted status.
_FORWARD: Final[tuple[RequestAction, ...]] = ("accept", "start", "complete")
NOTE_MAX = 1000


def _actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


def path_to(status: str, wanted: str) -> list[RequestAction]:
    """The shortest run of forward workflow actions from `status` to `wanted`; empty when it
    is there already or cannot get there going forward (a call never rejects or transfers)."""
    paths: dict[str, list[RequestAction]] = {status: []}
    todo = [status]
    while todo:
        here = todo.pop(0)
        if here == wanted:
            return paths[here]
        for action, there in TRANSITIONS.get(here, {}).items():  # type: ignore[call-overload]
            if action in _FORWARD and there not in paths:
                paths[there] = [*paths[here], action]
                todo.append(there)
    return []


def _request_of(session: Session, vs: VideoSession) -> RequestRow:
    write_lock(session)
    row = session.get(RequestRow, vs.request_id)
    assert row is not None
    locked = by_number(session, row.tracking_number, lock=True)
    assert locked is not None
    return locked


def move_on(session: Session, staff: Staff, vs: VideoSession, outcome: Outcome) -> list[str]:
    """Move the call's request towards what `outcome` means; returns the actions taken."""
    row = _request_of(session, vs)
    taken: list[str] = []
    for action in path_to(row.status, WANTED[outcome]):
        before = row.status
        row.status = TRANSITIONS[before][action]  # type: ignore[index]
        if action == "complete":
            row.completed_at = utcnow()
        note = f"video session {vs.public_id}: {outcome}"
        record_step(session, row, _actor(staff), action, before, row.status, note)
        taken.append(action)
    return taken


def add_note(session: Session, staff: Staff, vs: VideoSession, text: str) -> str:
    """A note of the call, kept in the request's history (the journal keeps its hash only:
    notes may name people). Returns the note as stored."""
    note = text.strip()[:NOTE_MAX]
    if not note:
        raise SessionError(400, "a note needs some text")
    row = _request_of(session, vs)
    record_step(session, row, _actor(staff), "session_note", row.status, row.status, note)
    return note
