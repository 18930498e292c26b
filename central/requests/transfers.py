"""Transfer orders (转办单/交办单): hand a request to another organisation or channel; the
receiver accepts it (and holds it from then on) or returns it with a reason."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import RequestAction, TransferCreate
from central.auth.org_tree import tree_ids
from central.auth.staff import StaffError, organisation_by_code, subtree_ids
from central.clock import as_utc, utcnow
from central.models import Organisation, RequestRow, TransferOrder
from central.models import Staff as StaffRow
from central.requests.access import actor, held
from central.requests.due import end_of_working_days
from central.requests.errors import RequestError
from central.requests.locking import write_lock
from central.requests.records import record_step
from central.requests.workflow import next_status


def is_overdue(order: TransferOrder, now: datetime) -> bool:
    return order.state == "pending" and as_utc(order.deadline_at) < now


def transfer_targets(session: Session, holder_id: int) -> set[int]:
    """The policy: a request moves only within its organisation tree (every organisation
    under the same top-level organisation as the one holding it), never to another tree."""
    return tree_ids(session, holder_id)


def transfer(
    session: Session, staff: StaffRow, tracking_number: str, body: TransferCreate, zone: ZoneInfo
) -> TransferOrder:
    row = held(session, staff, tracking_number)
    before = row.status
    after = next_status(row.tracking_number, before, "transfer")
    try:
        target: Organisation | None = organisation_by_code(session, body.to_organisation)
    except StaffError:
        target = None
    if target is None or target.id not in transfer_targets(session, row.organisation_id):
        # an organisation outside the policy answers like one that does not exist
        raise RequestError(404, f"no organisation {body.to_organisation!r} to transfer to")
    if target.id == row.organisation_id and body.to_channel in (None, row.channel):
        raise RequestError(
            409,
            f"request {row.tracking_number} is already held by {target.code}: "
            "name another organisation, or another channel",
        )
    now = utcnow()
    order = TransferOrder(
        request_id=row.id,
        from_organisation_id=row.organisation_id,
        to_organisation_id=target.id,
        to_channel=body.to_channel,
        reason=body.reason,
        deadline_at=end_of_working_days(now, body.deadline_days, zone),
        created_at=now,
        created_by=actor(staff),
        state="pending",
    )
    session.add(order)
    session.flush()
    row.status = after
    channel = f" ({body.to_channel})" if body.to_channel else ""
    note = f"to {target.code}{channel}: {body.reason}"
    record_step(session, row, actor(staff), "transfer", before, after, note)
    return order


def answer(
    session: Session, staff: StaffRow, transfer_id: int, accept: bool, reason: str
) -> TransferOrder:
    """The receiving organisation accepts the order, or returns it with a reason."""
    write_lock(session)
    order = session.scalars(
        select(TransferOrder).where(TransferOrder.id == transfer_id).with_for_update()
    ).first()
    if order is None or order.to_organisation_id not in subtree_ids(session, staff.organisation_id):
        raise RequestError(404, f"no transfer order {transfer_id} for your organisations")
    row = session.scalars(
        select(RequestRow).where(RequestRow.id == order.request_id).with_for_update()
    ).one()
    if order.state != "pending":
        raise RequestError(
            409,
            f"transfer order {transfer_id} was already {order.state}; "
            "only a pending order can be accepted or returned",
        )
    if not accept and len(reason.strip()) < 2:
        raise RequestError(400, "a return needs a reason the sender can act on")
    action: RequestAction = "transfer_accept" if accept else "transfer_return"
    before = row.status
    row.status = next_status(row.tracking_number, before, action)
    order.state = "accepted" if accept else "returned"
    order.answered_at = utcnow()
    order.answered_by = actor(staff)
    order.answer_reason = reason.strip()[:500] or None
    if accept:
        target = session.get(Organisation, order.to_organisation_id)
        assert target is not None
        row.organisation_id = target.id
        row.region_code = target.region_code
        row.assignee_id = staff.id
    record_step(session, row, actor(staff), action, before, row.status, reason.strip())
    return order


def orders_for(
    session: Session, staff: StaffRow, incoming: bool, overdue_only: bool
) -> list[TransferOrder]:
    scope = subtree_ids(session, staff.organisation_id)
    side = TransferOrder.to_organisation_id if incoming else TransferOrder.from_organisation_id
    query = select(TransferOrder).where(side.in_(scope))
    if overdue_only:
        query = query.where(TransferOrder.state == "pending", TransferOrder.deadline_at < utcnow())
    return list(session.scalars(query.order_by(TransferOrder.id.desc()).limit(500)))
