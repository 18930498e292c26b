"""Terminal submissions become requests in the same transaction, keeping the terminal's
tracking number, so a receipt printed offline finds its request later.

legal_aid, consultation, notarisation and mediation are requests on the `kiosk` channel; a
callback is a request on the `hotline` channel (the 12348 line calls back); a rating that
names a request this terminal's journey made (`request_tracking_number` in its payload) is
that request's rating of the service at the terminal (central.requests.ratings). Nothing here
may refuse a submission: the outbox must drain, so a payload that cannot be adopted stays a
submission and a warning names its tracking number. The stored payload is read through its
typed model (api_client.schemas.payloads); a row stored before issue 15 is version 1 and is
upgraded as it is read.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import (
    AppointmentPayload,
    CallbackPayload,
    Channel,
    ConsultationPayload,
    LegalAidPayload,
    RatingPayload,
    RequestKind,
    TerminalEventPayload,
    read_payload,
)
from central.clock import as_utc
from central.journal import chain as journal
from central.models import Kiosk, Organisation, RequestRow, SubmissionRow
from central.requests.errors import RequestError
from central.requests.ratings import rate, rated
from central.requests.records import NewRequest, by_number, create

log = logging.getLogger(__name__)
# The resident's words become the request's summary, not one of its details.
_TEXT = {"description", "question", "topic", "summary"}
Requested = LegalAidPayload | ConsultationPayload | AppointmentPayload | CallbackPayload


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
        payload = read_payload(sub.kind, sub.payload)  # a row stored before issue 15: version 1
    except ValidationError as err:
        log.warning(
            "submission %s stays unadopted: %d problem(s)", sub.tracking_number, err.error_count()
        )
        return
    try:
        if isinstance(payload, RatingPayload):
            _rating(session, kiosk, sub, payload, actor)
            return
        if isinstance(payload, TerminalEventPayload):
            _terminal_event(session, sub, payload, actor)
            return
        org = owner(session, kiosk)
        if org is None:
            log.warning("%s waits: its terminal has no owner yet", sub.tracking_number)
            return
        kind: RequestKind = sub.kind  # type: ignore[assignment]
        channel: Channel = "hotline" if sub.kind == "callback" else "kiosk"
        new = NewRequest(
            kind=kind,
            channel=channel,
            organisation=org,
            site=kiosk.site,
            applicant=payload.applicant.contact(),
            summary=_summary(payload)[:2000],
            tracking_number=sub.tracking_number,
            kiosk_id=kiosk.id,
            submission_id=sub.id,
            # The resident's time (bounded when received); a row stored before the bound
            # existed is kept no later than its receipt.
            submitted_at=min(as_utc(sub.submitted_at), as_utc(sub.received_at)),
            attachments=list(payload.attachments),
            details=payload.model_dump(
                mode="json", exclude={"applicant", "attachments", "version", *_TEXT}
            ),
        )
        create(session, new, actor, zone)
    except RequestError as err:
        log.warning("submission %s stays unadopted: %s", sub.tracking_number, err)


def _summary(payload: Requested) -> str:
    """The resident's words: what the request is about."""
    if isinstance(payload, LegalAidPayload):
        return payload.description
    if isinstance(payload, ConsultationPayload):
        return payload.question
    if isinstance(payload, CallbackPayload):
        return payload.topic
    return payload.summary


def adopt_waiting(session: Session, kiosk: Kiosk, zone: ZoneInfo) -> int:
    """Adopt what the terminal delivered while it had no owner; returns how many."""
    adopted = select(RequestRow.submission_id).where(RequestRow.submission_id.is_not(None))
    waiting = session.scalars(
        select(SubmissionRow)
        .where(
            SubmissionRow.kiosk_id == kiosk.id,
            SubmissionRow.kind.not_in(("rating", "terminal_event")),
            SubmissionRow.id.not_in(adopted),
        )
        .order_by(SubmissionRow.id)
    ).all()
    for sub in waiting:
        adopt(session, kiosk, sub, zone)
    return len(waiting)


def _terminal_event(
    session: Session, sub: SubmissionRow, payload: TerminalEventPayload, actor: str
) -> None:
    """A technician's entry (or refusal, lock-out, exit) or a crash loop: journaled only."""
    journal.append(
        session,
        actor,
        f"terminal.{payload.event}",
        sub.tracking_number,
        {"technician": payload.technician, "detail": payload.detail},
    )


def _rating(
    session: Session, kiosk: Kiosk, sub: SubmissionRow, payload: RatingPayload, actor: str
) -> None:
    """The rating of the service at this terminal, filed on the request its journey made; a
    rating naming another terminal's request (or any other) stays a submission."""
    number = payload.request_tracking_number
    if number is None:
        return  # a rating of the visit alone: it stays a submission
    row = by_number(session, number)
    if row is None or row.kiosk_id != kiosk.id:
        log.warning("rating %s names no request of this terminal", sub.tracking_number)
        return
    if rated(session, row, "kiosk"):
        return  # once per request: a second rating stays a submission
    rate(session, row, payload.score, payload.comment, "kiosk", actor)
