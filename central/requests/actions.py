"""Staff actions on a request they hold: accept, start, complete, close, reject, assign."""

from __future__ import annotations

from typing import Literal

from sqlalchemy.orm import Session

from central.auth.staff import StaffError, staff_by_username, subtree_ids
from central.clock import utcnow
from central.models import RequestRow, Staff
from central.requests.access import ACT_ROLES, actor, held
from central.requests.errors import RequestError
from central.requests.records import record_step
from central.requests.workflow import FINAL, next_status

SimpleAction = Literal["accept", "start", "complete", "close", "reject"]


def act(
    session: Session, staff: Staff, tracking_number: str, action: SimpleAction, note: str = ""
) -> RequestRow:
    row = held(session, staff, tracking_number)
    before = row.status
    row.status = next_status(row.tracking_number, before, action)
    now = utcnow()
    if action == "accept" and row.assignee_id is None:
        row.assignee_id = staff.id
    elif action == "complete":
        row.completed_at = now
    elif action == "close":
        row.closed_at = now
    elif action == "reject":
        if len(note.strip()) < 2:
            raise RequestError(400, "a rejection needs a reason the applicant can be told")
        row.reject_reason = note.strip()[:500]
    record_step(session, row, actor(staff), action, before, row.status, note)
    return row


def assign(session: Session, staff: Staff, tracking_number: str, username: str) -> RequestRow:
    """Give the request to a clerk or hotline operator of the organisation holding it."""
    row = held(session, staff, tracking_number)
    if row.status in FINAL:
        raise RequestError(409, f"request {row.tracking_number} is {row.status!r}: it is final")
    # No such user and someone of another organisation get the same answer: the form must not
    # tell who works elsewhere.
    try:
        member: Staff | None = staff_by_username(session, username)
    except StaffError:
        member = None
    if (
        member is None
        or member.organisation_id not in subtree_ids(session, row.organisation_id)
        or member.disabled_at is not None
        or not set(ACT_ROLES).intersection(member.roles)
    ):
        raise RequestError(
            409,
            f"{username} cannot take this request: assign an active clerk or hotline operator "
            "of the organisation holding it",
        )
    row.assignee_id = member.id
    record_step(session, row, actor(staff), "assign", row.status, row.status, f"to {username}")
    return row
