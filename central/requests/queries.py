"""The request list: what staff may see, filtered and paged, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from central.auth.staff import StaffError, organisation_by_code, subtree_ids
from central.models import RequestRow, Staff, TransferOrder
from central.requests.errors import RequestError
from central.requests.workflow import DONE


@dataclass(frozen=True)
class RequestFilter:
    status: str | None = None
    kind: str | None = None
    channel: str | None = None
    organisation: str | None = None
    overdue: bool = False
    tracking_number: str = ""
    page: int = 1
    per_page: int = 50


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    """The request is late, or a transfer order on it waits past its deadline."""
    late_transfer = exists().where(
        TransferOrder.request_id == RequestRow.id,
        TransferOrder.state == "pending",
        TransferOrder.deadline_at < now,
    )
    return or_(and_(RequestRow.due_at < now, RequestRow.status.not_in(DONE)), late_transfer)


def list_requests(
    session: Session, staff: Staff, wanted: RequestFilter, now: datetime
) -> tuple[list[RequestRow], int]:
    scope = subtree_ids(session, staff.organisation_id)
    incoming = select(TransferOrder.request_id).where(
        TransferOrder.state == "pending", TransferOrder.to_organisation_id.in_(scope)
    )
    conditions: list[ColumnElement[bool]] = [
        or_(RequestRow.organisation_id.in_(scope), RequestRow.id.in_(incoming))
    ]
    if wanted.status:
        conditions.append(RequestRow.status == wanted.status)
    if wanted.kind:
        conditions.append(RequestRow.kind == wanted.kind)
    if wanted.channel:
        conditions.append(RequestRow.channel == wanted.channel)
    if wanted.organisation:
        try:
            org = organisation_by_code(session, wanted.organisation)
        except StaffError:
            org = None
        if org is None or org.id not in scope:
            raise RequestError(
                404, f"no organisation with code {wanted.organisation!r} in your organisations"
            )
        conditions.append(RequestRow.organisation_id == org.id)
    if wanted.overdue:
        conditions.append(overdue_clause(now))
    if wanted.tracking_number:
        conditions.append(RequestRow.tracking_number.contains(wanted.tracking_number.upper()))
    total = session.scalar(select(func.count()).select_from(RequestRow).where(*conditions)) or 0
    rows = session.scalars(
        select(RequestRow)
        .where(*conditions)
        .order_by(RequestRow.created_at.desc(), RequestRow.id.desc())
        .offset((wanted.page - 1) * wanted.per_page)
        .limit(wanted.per_page)
    )
    return list(rows), total
