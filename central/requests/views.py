"""Rows to wire types. Lists mask the applicant; the detail shows the contact staff need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import (
    ApplicantOut,
    RatingOut,
    RequestDetail,
    RequestEventOut,
    RequestOut,
    SlotOut,
    TransferOut,
)
from central.clock import as_utc
from central.models import (
    Appointment,
    AppointmentSlot,
    Organisation,
    RatingRow,
    RequestEvent,
    RequestRow,
    Staff,
    TransferOrder,
)
from central.requests.numbers import mask_id, mask_name
from central.requests.transfers import is_overdue
from central.requests.workflow import DONE, allowed


class Names:
    """Organisation codes and names, and staff usernames, looked up once per answer."""

    def __init__(self, session: Session) -> None:
        self.orgs = {o.id: (o.code, o.name) for o in session.scalars(select(Organisation))}
        self._session = session
        self._staff: dict[int, str] = {}

    def code(self, org_id: int | None) -> str:
        return self.orgs.get(org_id or -1, ("?", "?"))[0]

    def username(self, staff_id: int | None) -> str | None:
        if staff_id is None:
            return None
        if staff_id not in self._staff:
            member = self._session.get(Staff, staff_id)
            self._staff[staff_id] = member.username if member else "?"
        return self._staff[staff_id]


def _pending(session: Session, ids: Sequence[int]) -> dict[int, TransferOrder]:
    if not ids:
        return {}
    orders = session.scalars(
        select(TransferOrder).where(
            TransferOrder.request_id.in_(ids), TransferOrder.state == "pending"
        )
    )
    return {order.request_id: order for order in orders}


def request_outs(session: Session, rows: Sequence[RequestRow], now: datetime) -> list[RequestOut]:
    names = Names(session)
    pending = _pending(session, [row.id for row in rows])
    return [_out(row, names, pending.get(row.id), now) for row in rows]


def _out(row: RequestRow, names: Names, order: TransferOrder | None, now: datetime) -> RequestOut:
    code, name = names.orgs.get(row.organisation_id, ("?", "?"))
    return RequestOut(
        tracking_number=row.tracking_number,
        kind=row.kind,
        channel=row.channel,
        status=row.status,
        organisation=code,
        organisation_name=name,
        site=row.site,
        assignee=names.username(row.assignee_id),
        applicant_name=mask_name(str(row.applicant.get("name", ""))),
        created_at=row.created_at,
        updated_at=row.updated_at,
        due_at=row.due_at,
        overdue=row.status not in DONE and as_utc(row.due_at) < now,
        pending_transfer_to=names.code(order.to_organisation_id) if order else None,
        transfer_overdue=order is not None and is_overdue(order, now),
    )


def transfer_out(
    order: TransferOrder, tracking_number: str, names: Names, now: datetime
) -> TransferOut:
    return TransferOut(
        id=order.id,
        tracking_number=tracking_number,
        from_organisation=names.code(order.from_organisation_id),
        to_organisation=names.code(order.to_organisation_id),
        to_channel=order.to_channel,
        reason=order.reason,
        deadline_at=order.deadline_at,
        created_at=order.created_at,
        created_by=order.created_by,
        state=order.state,
        answered_at=order.answered_at,
        answered_by=order.answered_by,
        answer_reason=order.answer_reason,
        overdue=is_overdue(order, now),
    )


def request_detail(
    session: Session, row: RequestRow, now: datetime, holder: bool = True
) -> RequestDetail:
    """The whole request for staff of an organisation holding it. `holder` False: staff of an
    organisation asked to take it over, who get only what deciding needs (the matter, never
    how to reach the applicant, nor the documents) until they accept."""
    names = Names(session)
    orders = list(
        session.scalars(
            select(TransferOrder)
            .where(TransferOrder.request_id == row.id)
            .order_by(TransferOrder.id)
        )
    )
    pending = next((o for o in orders if o.state == "pending"), None)
    events = session.scalars(
        select(RequestEvent).where(RequestEvent.request_id == row.id).order_by(RequestEvent.id)
    )
    rating = session.scalars(  # the latest: the outcome's (online) once there is one
        select(RatingRow).where(RatingRow.request_id == row.id).order_by(RatingRow.rated_at.desc())
    ).first()
    slot = session.scalars(
        select(AppointmentSlot)
        .join(Appointment, Appointment.slot_id == AppointmentSlot.id)
        .where(Appointment.request_id == row.id)
    ).first()
    return RequestDetail(
        **_out(row, names, pending, now).model_dump(),
        summary=row.summary,
        applicant=_applicant(row.applicant, holder),
        attachments=list(row.attachments) if holder else [],
        reject_reason=row.reject_reason,
        completed_at=row.completed_at,
        closed_at=row.closed_at,
        history=[
            RequestEventOut(
                at=e.at,
                actor=e.actor,
                action=e.action,
                from_status=e.from_status,
                to_status=e.to_status,
                organisation=names.code(e.organisation_id) if e.organisation_id else None,
                note=e.note,
            )
            for e in events
        ],
        transfers=[transfer_out(o, row.tracking_number, names, now) for o in orders],
        rating=RatingOut(
            score=rating.score,
            comment=rating.comment,
            channel=rating.channel,
            rated_at=rating.rated_at,
        )
        if rating
        else None,
        appointment=slot_out(slot) if slot else None,
        allowed_actions=allowed(row.status),
    )


def slot_out(slot: AppointmentSlot) -> SlotOut:
    return SlotOut(
        slot_id=slot.id, service=slot.service, starts_at=slot.starts_at, ends_at=slot.ends_at
    )


def _applicant(applicant: dict[str, object], holder: bool) -> ApplicantOut:
    name = str(applicant.get("name", ""))
    return ApplicantOut(
        name=name if holder else mask_name(name),
        phone=str(applicant.get("phone", "")) if holder else "",
        id_number=mask_id(str(applicant.get("id_number") or "")),
        address=str(applicant.get("address", "")) if holder else "",
    )
