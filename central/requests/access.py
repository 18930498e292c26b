"""Who may see and act on a request: staff of the organisation holding it and of those above
it (as with terminals), and the receiving organisation while a transfer order is pending.
Anything else answers 404, the same as a request that does not exist."""

from __future__ import annotations

from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth.staff import subtree_ids
from central.models import Organisation, RequestRow, Staff, TransferOrder
from central.requests.errors import RequestError, not_found
from central.requests.locking import write_lock
from central.requests.records import by_number

READ_ROLES: Final = ("admin", "clerk", "hotline_operator", "supervisor")
ACT_ROLES: Final = ("admin", "clerk", "hotline_operator")
CHANNEL_ROLES: Final = {"hall": ("admin", "clerk"), "hotline": ("admin", "hotline_operator")}


def actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


def can_act(staff: Staff) -> bool:
    return any(role in ACT_ROLES for role in staff.roles)


def pending_transfer(session: Session, row: RequestRow) -> TransferOrder | None:
    return session.scalars(
        select(TransferOrder).where(
            TransferOrder.request_id == row.id, TransferOrder.state == "pending"
        )
    ).first()


def visible(session: Session, staff: Staff, tracking_number: str) -> RequestRow:
    """The request if the staff member may see it."""
    row = by_number(session, tracking_number)
    if row is None:
        raise not_found(tracking_number)
    scope = subtree_ids(session, staff.organisation_id)
    if row.organisation_id in scope:
        return row
    order = pending_transfer(session, row)
    if order is not None and order.to_organisation_id in scope:
        return row
    raise not_found(tracking_number)


def holds(session: Session, staff: Staff, row: RequestRow) -> bool:
    """Whether the staff member's organisations hold the request (not only see it because a
    transfer order to them is pending)."""
    return row.organisation_id in subtree_ids(session, staff.organisation_id)


def held(session: Session, staff: Staff, tracking_number: str) -> RequestRow:
    """The request, locked, if the staff member's organisations hold it and they may act."""
    write_lock(session)
    row = visible(session, staff, tracking_number)
    if row.organisation_id not in subtree_ids(session, staff.organisation_id):
        holder = session.get(Organisation, row.organisation_id)
        raise RequestError(
            409,
            f"request {row.tracking_number} is still held by {holder.code if holder else '?'}; "
            "your organisation can accept or return its transfer order",
        )
    locked = by_number(session, row.tracking_number, lock=True)
    assert locked is not None
    return locked
