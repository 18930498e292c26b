"""`/api/v1/transfers`: transfer orders seen from either side, and the receiver's answer."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path
from sqlalchemy import select

from api_client.schemas import ID_MAX, ActionNote, TransferOut, TransferReturn
from central.api.deps import SessionDep
from central.api.problems import problems
from central.api.request_deps import RequestReader, RequestWorker
from central.clock import utcnow
from central.models import RequestRow, Staff, TransferOrder
from central.requests import transfers
from central.requests.views import Names, transfer_out

router = APIRouter(prefix="/api/v1/transfers", tags=["requests"])
TransferId = Annotated[int, Path(ge=1, le=ID_MAX)]
_ANSWER = problems(
    s400="a return needs a reason",
    s404="no such transfer order for your organisations",
    s409="the order was already answered",
)


def _outs(session: SessionDep, orders: list[TransferOrder]) -> list[TransferOut]:
    ids = {o.request_id for o in orders}
    found = session.execute(
        select(RequestRow.id, RequestRow.tracking_number).where(RequestRow.id.in_(ids))
    )
    numbers = {request_id: number for request_id, number in found}
    names, now = Names(session), utcnow()
    return [transfer_out(o, numbers[o.request_id], names, now) for o in orders]


@router.get("")
def list_orders(
    staff: RequestReader,
    session: SessionDep,
    direction: Literal["incoming", "outgoing"] = "incoming",
    overdue: bool = False,
) -> list[TransferOut]:
    """The latest 500 orders to (incoming) or from (outgoing) your organisations;
    `overdue` keeps the pending ones past their deadline."""
    orders = transfers.orders_for(session, staff, direction == "incoming", overdue)
    return _outs(session, orders)


def _answer(
    session: SessionDep, staff: Staff, transfer_id: int, accept: bool, reason: str
) -> TransferOut:
    order = transfers.answer(session, staff, transfer_id, accept, reason)
    return _outs(session, [order])[0]


@router.post("/{transfer_id}/accept", responses=_ANSWER)
def accept(
    transfer_id: TransferId, body: ActionNote, staff: RequestWorker, session: SessionDep
) -> TransferOut:
    """Your organisation takes the request over: it holds it, accepted, from now on."""
    return _answer(session, staff, transfer_id, True, body.note)


@router.post("/{transfer_id}/return", responses=_ANSWER)
def return_order(
    transfer_id: TransferId, body: TransferReturn, staff: RequestWorker, session: SessionDep
) -> TransferOut:
    """Send the request back to the sender with a reason; it becomes `returned` there."""
    return _answer(session, staff, transfer_id, False, body.reason)
