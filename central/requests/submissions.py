"""Receive what terminal outboxes deliver: each idempotency key is stored once.

A retry of something already received (the terminal crashed before it recorded our answer)
gets the same answer again, never a second record. The journal gets one entry per new
submission with the payload's hash, not its personal data.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api_client.schemas import Submission, SubmissionReceipt
from api_client.tracking import is_valid_tracking_number
from central.clock import utcnow
from central.fleet import uploads
from central.journal import chain as journal
from central.models import Kiosk, SubmissionRow
from central.requests.adoption import adopt
from central.requests.submitted_time import SubmittedTimeSettings, resident_time

log = logging.getLogger(__name__)


class SubmissionConflict(Exception):
    """The tracking number or key is taken by a different submission; the message says which."""


def receive(
    session: Session,
    kiosk: Kiosk,
    body: Submission,
    zone: ZoneInfo,
    bounds: SubmittedTimeSettings | None = None,
) -> SubmissionReceipt:
    """Store a new submission and adopt it into a request (central.requests.adoption) in the
    same transaction; `zone` is the service's local time for due dates. The row keeps both
    times: `submitted_at` the resident's (the terminal's stamp within `bounds`,
    central.requests.submitted_time) and `received_at` the service's."""
    if not is_valid_tracking_number(body.tracking_number):
        raise SubmissionConflict("the tracking number's check character does not match")
    if not body.tracking_number.startswith(f"{kiosk.terminal_id}-"):
        raise SubmissionConflict(f"tracking numbers of this terminal start {kiosk.terminal_id}-")
    not_ready = uploads.missing(session, kiosk, body.payload.attachments)
    if not_ready:
        raise SubmissionConflict(f"attachment {not_ready[0]} is not fully uploaded")
    existing = _by_key(session, kiosk, body.idempotency_key)
    if existing is not None:
        return _repeat(existing, body)
    payload = body.payload.model_dump(mode="json", exclude_none=True)  # version 2, typed
    p_hash = journal.payload_hash(payload)
    received = utcnow()
    submitted, clock_off = resident_time(
        body.submitted_at, received, bounds or SubmittedTimeSettings()
    )
    row = SubmissionRow(
        idempotency_key=body.idempotency_key,
        tracking_number=body.tracking_number,
        kind=body.kind,
        kiosk_id=kiosk.id,
        submitted_at=submitted,
        received_at=received,
        payload=payload,
        payload_sha256=p_hash,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # Another worker stored the same key a moment ago, or the number is taken.
        raced = _by_key(session, kiosk, body.idempotency_key)
        if raced is None:
            raise SubmissionConflict(
                "this tracking number or idempotency key belongs to another submission"
            ) from None
        return _repeat(raced, body)
    journal.append(
        session,
        f"terminal:{kiosk.terminal_id}",
        "submission.received",
        body.tracking_number,
        {"kind": body.kind, "payload_sha256": p_hash},
    )
    if clock_off is not None:
        _journal_clock_off(session, kiosk, body, received, clock_off)
    adopt(session, kiosk, row, zone)
    return SubmissionReceipt(tracking_number=row.tracking_number, duplicate=False)


def _journal_clock_off(
    session: Session, kiosk: Kiosk, body: Submission, received: datetime, why: str
) -> None:
    """The terminal's stamp was not believed: the request counts from the receipt time."""
    claimed = body.submitted_at.isoformat()
    log.warning(
        "terminal %s stamped %s %s (%s); counted from receipt",
        kiosk.terminal_id,
        body.tracking_number,
        claimed,
        why,
    )
    journal.append(
        session,
        f"terminal:{kiosk.terminal_id}",
        "submission.clock_off",
        body.tracking_number,
        {"claimed_submitted_at": claimed, "received_at": received.isoformat(), "why": why},
    )


def _by_key(session: Session, kiosk: Kiosk, key: str) -> SubmissionRow | None:
    """This terminal's submission under `key`: another terminal's key is never a repeat."""
    return session.scalars(
        select(SubmissionRow).where(
            SubmissionRow.idempotency_key == key, SubmissionRow.kiosk_id == kiosk.id
        )
    ).one_or_none()


def _repeat(row: SubmissionRow, body: Submission) -> SubmissionReceipt:
    if row.tracking_number != body.tracking_number:
        raise SubmissionConflict("this idempotency key was used for another tracking number")
    return SubmissionReceipt(tracking_number=row.tracking_number, duplicate=True)
