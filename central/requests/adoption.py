"""Terminal submissions become requests in the same transaction, keeping the terminal's
tracking number, so a receipt printed offline finds its request later.

legal_aid, consultation, notarisation and mediation are requests on the `kiosk` channel; a
callback is a request on the `hotline` channel (the 12348 line calls back); a rating that
names a request this terminal's journey made (`request_tracking_number` in its payload) is
that request's rating of the service at the terminal (central.requests.ratings). Nothing here
may refuse a submission: the outbox must drain, so a payload that cannot be adopted stays a
submission and a warning names its tracking number.
"""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import Channel, RequestKind
from central.models import Kiosk, Organisation, RequestRow, SubmissionRow
from central.requests.errors import RequestError
from central.requests.ratings import rate, rated
from central.requests.records import NewRequest, by_number, create

log = logging.getLogger(__name__)
_CONTACT = ("name", "phone", "id_number", "address")
_TEXT = ("description", "question", "topic", "summary")


def owner(session: Session, kiosk: Kiosk) -> Organisation | None:
    """The terminal's organisation. A terminal without one (enrolled before codes had to name
    an organisation) reports to nobody: its submissions are kept, not adopted, until an
    operator assigns it (`kiosk assign`), which adopts them then."""
    if kiosk.organisation_id is None:
        return None
    return session.get(Organisation, kiosk.organisation_id)


def adopt(session: Session, kiosk: Kiosk, sub: SubmissionRow, zone: ZoneInfo) -> None:
    actor = f"terminal:{kiosk.terminal_id}"
    try:
        if sub.kind == "rating":
            _rating(session, kiosk, sub, actor)
            return
        org = owner(session, kiosk)
        if org is None:
            log.warning("%s waits: its terminal has no owner yet", sub.tracking_number)
            return
        kind: RequestKind = sub.kind  # type: ignore[assignment]
        channel: Channel = "hotline" if sub.kind == "callback" else "kiosk"
        payload = sub.payload
        attachments = payload.get("attachments", [])
        new = NewRequest(
            kind=kind,
            channel=channel,
            organisation=org,
            site=kiosk.site,
            applicant=_applicant(payload),
            summary=next((str(payload[k]) for k in _TEXT if payload.get(k)), "")[:2000],
            tracking_number=sub.tracking_number,
            kiosk_id=kiosk.id,
            submission_id=sub.id,
            attachments=attachments if isinstance(attachments, list) else [],
            details={
                k: v
                for k, v in payload.items()
                if k not in {"applicant", "attachments", *_CONTACT, *_TEXT}
            },
        )
        create(session, new, actor, zone)
    except RequestError as err:
        log.warning("submission %s stays unadopted: %s", sub.tracking_number, err)


def adopt_waiting(session: Session, kiosk: Kiosk, zone: ZoneInfo) -> int:
    """Adopt what the terminal delivered while it had no owner; returns how many."""
    adopted = select(RequestRow.submission_id).where(RequestRow.submission_id.is_not(None))
    waiting = session.scalars(
        select(SubmissionRow)
        .where(
            SubmissionRow.kiosk_id == kiosk.id,
            SubmissionRow.kind != "rating",
            SubmissionRow.id.not_in(adopted),
        )
        .order_by(SubmissionRow.id)
    ).all()
    for sub in waiting:
        adopt(session, kiosk, sub, zone)
    return len(waiting)


def _applicant(payload: dict[str, Any]) -> dict[str, str]:
    given = payload.get("applicant")
    source = given if isinstance(given, dict) else payload
    return {k: str(source[k])[:200] for k in (*_CONTACT, "identified_by") if source.get(k)}


def _rating(session: Session, kiosk: Kiosk, sub: SubmissionRow, actor: str) -> None:
    """The rating of the service at this terminal, filed on the request its journey made; a
    rating naming another terminal's request (or any other) stays a submission."""
    payload = sub.payload
    number = payload.get("request_tracking_number")
    score = payload.get("score")
    if not isinstance(number, str) or not isinstance(score, int):
        return  # a rating of the visit alone: it stays a submission
    row = by_number(session, number)
    if row is None or row.kiosk_id != kiosk.id:
        log.warning("rating %s names no request of this terminal", sub.tracking_number)
        return
    if rated(session, row, "kiosk"):
        return  # once per request: a second rating stays a submission
    rate(session, row, score, str(payload.get("comment", "")), "kiosk", actor)
