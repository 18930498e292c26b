"""Creating a request and recording each step: a history row plus a journal entry.

The history (request_events) keeps the note staff wrote; the journal keeps only its SHA-256,
since notes and summaries may name people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api_client.schemas import Channel, RequestKind
from central.clock import utcnow
from central.journal import chain as journal
from central.models import Organisation, RequestEvent, RequestRow
from central.requests.due import due_for
from central.requests.errors import RequestError
from central.requests.locking import write_lock
from central.requests.numbers import last4, last4_hash, next_tracking_number

_NUMBER_ATTEMPTS = 8


@dataclass
class NewRequest:
    """What any channel knows when a request comes in."""

    kind: RequestKind
    channel: Channel
    organisation: Organisation
    site: str
    applicant: dict[str, Any]
    summary: str
    tracking_number: str | None = None  # None: the central service issues one
    idempotency_key: str | None = None
    kiosk_id: int | None = None
    submission_id: int | None = None
    attachments: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    due_at: datetime | None = None
    # When the resident submitted, if before now (a terminal's late offline delivery): the
    # request counts, and its deadline runs, from then. None: now.
    submitted_at: datetime | None = None


def scoped_key(scope: str, key: str) -> str:
    """An idempotency key as stored: prefixed by who may repeat it (`o<id>` an organisation's
    staff, `t<id>` a terminal, `web` the online channel), so a key someone else used is just a
    new key, never an answer naming their request."""
    return f"{scope}:{key}"


def by_key(session: Session, key: str) -> RequestRow | None:
    return session.scalars(select(RequestRow).where(RequestRow.idempotency_key == key)).first()


def by_number(session: Session, tracking_number: str, lock: bool = False) -> RequestRow | None:
    query = select(RequestRow).where(RequestRow.tracking_number == tracking_number.upper())
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


def create(
    session: Session, new: NewRequest, actor: str, zone: ZoneInfo
) -> tuple[RequestRow, bool]:
    """Store the request, or find the one this idempotency key made; (row, duplicate)."""
    write_lock(session)
    if new.idempotency_key is not None:
        existing = by_key(session, new.idempotency_key)
        if existing is not None:
            return _repeat(existing, new), True
    now = utcnow()
    for _attempt in range(_NUMBER_ATTEMPTS):
        number = new.tracking_number or next_tracking_number(session, new.channel, now, zone)
        row = _row(new, number, now, zone)
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
        except IntegrityError:
            if new.idempotency_key is not None:
                raced = by_key(session, new.idempotency_key)
                if raced is not None:
                    return _repeat(raced, new), True
            if new.tracking_number is not None:
                raise RequestError(
                    409, f"tracking number {number} already belongs to another request"
                ) from None
            continue  # another writer took this sequence number a moment ago
        record_step(session, row, actor, "create", None, "submitted", note="")
        return row, False
    raise RequestError(503, "too many requests at once took a tracking number; try again")


def _row(new: NewRequest, number: str, now: datetime, zone: ZoneInfo) -> RequestRow:
    id_digits = last4(new.applicant.get("id_number"))
    phone_digits = last4(new.applicant.get("phone"))
    created = min(new.submitted_at, now) if new.submitted_at is not None else now
    return RequestRow(
        tracking_number=number,
        idempotency_key=new.idempotency_key,
        kind=new.kind,
        channel=new.channel,
        status="submitted",
        organisation_id=new.organisation.id,
        region_code=new.organisation.region_code,
        site=new.site[:64],
        kiosk_id=new.kiosk_id,
        submission_id=new.submission_id,
        created_at=created,
        updated_at=now,
        due_at=new.due_at or due_for(new.kind, created, zone),
        summary=new.summary,
        applicant=new.applicant,
        id_last4_hash=last4_hash(number, id_digits) if id_digits else None,
        phone_last4_hash=last4_hash(number, phone_digits) if phone_digits else None,
        attachments=list(new.attachments),
        details=new.details,
    )


def _repeat(row: RequestRow, new: NewRequest) -> RequestRow:
    if (row.kind, row.channel) != (new.kind, new.channel) or (
        new.tracking_number is not None and new.tracking_number != row.tracking_number
    ):
        raise RequestError(409, "this idempotency key was already used for another request")
    return row


def record_step(
    session: Session,
    row: RequestRow,
    actor: str,
    action: str,
    from_status: str | None,
    to_status: str | None,
    note: str,
) -> None:
    """One line of history and one journal entry, in the caller's transaction."""
    now = utcnow()
    row.updated_at = now
    session.add(
        RequestEvent(
            request_id=row.id,
            at=now,
            actor=actor[:64],
            action=action,
            from_status=from_status,
            to_status=to_status,
            organisation_id=row.organisation_id,
            note=note[:1000],
        )
    )
    payload: dict[str, Any] = {
        "from": from_status,
        "to": to_status,
        "organisation_id": row.organisation_id,
        "note_sha256": journal.payload_hash({"note": note}),
    }
    if action == "create":
        content = {"applicant": row.applicant, "summary": row.summary}
        payload |= {
            "kind": row.kind,
            "channel": row.channel,
            "content_sha256": journal.payload_hash(content),
        }
    journal.append(session, actor, f"request.{action}", f"request:{row.tracking_number}", payload)
