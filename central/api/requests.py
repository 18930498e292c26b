"""`/api/v1/requests`: the staff side of service requests: list, read, create, act on them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from fastapi import Path as PathParam
from fastapi.responses import FileResponse

from api_client.schemas import (
    UPLOAD_ID_PATTERN,
    ActionNote,
    AssignBody,
    Channel,
    RejectBody,
    RequestCreate,
    RequestCreated,
    RequestDetail,
    RequestKind,
    RequestPage,
    RequestStatus,
    TransferCreate,
    TransferOut,
)
from central.api.deps import SessionDep, SettingsDep
from central.api.problems import problems
from central.api.request_deps import RequestReader, RequestWorker, TrackingNumber, Zone
from central.clock import utcnow
from central.requests import actions, transfers
from central.requests.access import holds, visible
from central.requests.actions import SimpleAction
from central.requests.attachments import attachment_file
from central.requests.queries import RequestFilter, list_requests
from central.requests.staff_create import create_for_staff
from central.requests.views import Names, request_detail, request_outs, transfer_out

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])
_ACTION = problems(
    s400="a reason is needed (reject)",
    s404="no such request in your organisations",
    s409="the workflow does not allow this from the current status",
)


@router.get("", responses=problems(s404="no such organisation in your organisations"))
def list_all(
    staff: RequestReader,
    session: SessionDep,
    status_: Annotated[RequestStatus | None, Query(alias="status")] = None,
    kind: RequestKind | None = None,
    channel: Channel | None = None,
    organisation: Annotated[str | None, Query(pattern=r"^[a-z0-9][a-z0-9-]{1,31}$")] = None,
    overdue: bool = False,
    q: Annotated[str, Query(max_length=40, pattern=r"^[A-Za-z0-9-]*$")] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> RequestPage:
    """Requests your organisations hold or are asked to take over; `overdue` also finds
    requests with a transfer order past its deadline."""
    wanted = RequestFilter(status_, kind, channel, organisation, overdue, q, page, per_page)
    now = utcnow()
    rows, total = list_requests(session, staff, wanted, now)
    return RequestPage(
        items=request_outs(session, rows, now), total=total, page=page, per_page=per_page
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": RequestCreated, "description": "a repeat of the same idempotency key"},
        **problems(
            s403="this channel needs another role",
            s409="the idempotency key belongs to another request",
            s503="tracking numbers contended; try again",
        ),
    },
)
def create(
    body: RequestCreate, staff: RequestWorker, session: SessionDep, zone: Zone, response: Response
) -> RequestCreated:
    """Record a request taken at the hall or on the 12348 line; the number is issued here."""
    row, duplicate = create_for_staff(session, staff, body, zone)
    if duplicate:
        response.status_code = status.HTTP_200_OK
    return RequestCreated(tracking_number=row.tracking_number, duplicate=duplicate)


@router.get(
    "/{tracking_number}/attachments/{upload_id}",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the file"},
        **problems(s404="no such request or attachment"),
    },
)
def attachment(
    tracking_number: TrackingNumber,
    upload_id: Annotated[str, PathParam(pattern=UPLOAD_ID_PATTERN)],
    staff: RequestReader,
    session: SessionDep,
    settings: SettingsDep,
) -> FileResponse:
    """A document the terminal photographed for this request (each read is journaled)."""
    path = attachment_file(session, staff, tracking_number, upload_id, settings.data_dir)
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=f"{upload_id}.bin",
        headers={"X-Content-Type-Options": "nosniff"},
    )


@router.get("/{tracking_number}", responses=problems(s404="no such request"))
def read(
    tracking_number: TrackingNumber, staff: RequestReader, session: SessionDep
) -> RequestDetail:
    row = visible(session, staff, tracking_number)
    return request_detail(session, row, utcnow(), holds(session, staff, row))


def _act(
    session: SessionDep, staff: RequestWorker, number: str, action: SimpleAction, note: str
) -> RequestDetail:
    row = actions.act(session, staff, number, action, note)
    return request_detail(session, row, utcnow())


@router.post("/{tracking_number}/accept", responses=_ACTION)
def accept(
    tracking_number: TrackingNumber, body: ActionNote, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    """Take the request on (assigns it to you when nobody has it)."""
    return _act(session, staff, tracking_number, "accept", body.note)


@router.post("/{tracking_number}/start", responses=_ACTION)
def start(
    tracking_number: TrackingNumber, body: ActionNote, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    return _act(session, staff, tracking_number, "start", body.note)


@router.post("/{tracking_number}/complete", responses=_ACTION)
def complete(
    tracking_number: TrackingNumber, body: ActionNote, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    return _act(session, staff, tracking_number, "complete", body.note)


@router.post("/{tracking_number}/close", responses=_ACTION)
def close(
    tracking_number: TrackingNumber, body: ActionNote, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    return _act(session, staff, tracking_number, "close", body.note)


@router.post("/{tracking_number}/reject", responses=_ACTION)
def reject(
    tracking_number: TrackingNumber, body: RejectBody, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    return _act(session, staff, tracking_number, "reject", body.reason)


@router.post("/{tracking_number}/assign", responses=_ACTION)
def assign(
    tracking_number: TrackingNumber, body: AssignBody, staff: RequestWorker, session: SessionDep
) -> RequestDetail:
    row = actions.assign(session, staff, tracking_number, body.username)
    return request_detail(session, row, utcnow())


@router.post(
    "/{tracking_number}/transfer",
    status_code=status.HTTP_201_CREATED,
    responses=problems(
        s404="no such request, or no such receiving organisation",
        s409="the workflow does not allow a transfer now",
    ),
)
def transfer(
    tracking_number: TrackingNumber,
    body: TransferCreate,
    staff: RequestWorker,
    session: SessionDep,
    zone: Zone,
) -> TransferOut:
    """Issue a transfer order to another organisation (or channel) with a reason and a
    deadline in working days; the receiver accepts or returns it."""
    order = transfers.transfer(session, staff, tracking_number, body, zone)
    return transfer_out(order, tracking_number.upper(), Names(session), utcnow())
