"""`/console/requests`: the request pages for clerks and hotline operators (supervisors read).

Cookie login as for the fleet page (central.api.console); forms post urlencoded bodies and
are answered with a redirect to the request (303), or the page again with what was wrong.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Cookie, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import (
    ID_MAX,
    TRACKING_NUMBER_PATTERN,
    Channel,
    RequestCreate,
    RequestKind,
    RequestStatus,
    TransferCreate,
)
from central.api.console import CONSOLE_ROLES
from central.api.console_forms import OK_NOTES, form_errors, read_form
from central.api.deps import SessionDep, StaffCredentials
from central.api.problems import Responses
from central.clock import utcnow
from central.console_html import login_page
from central.models import RequestRow, Staff, TransferOrder
from central.request_detail_html import Abilities, detail_page
from central.requests import actions, transfers
from central.requests.access import CHANNEL_ROLES, READ_ROLES, can_act, pending_transfer, visible
from central.requests.errors import RequestError
from central.requests.queries import RequestFilter, list_requests
from central.requests.staff_create import create_for_staff
from central.requests.views import Names, request_detail, request_outs
from central.requests_html import alert, create_page, list_page, page
from central.settings import CentralSettings
from central.staff import staff_for_token, subtree_ids

router = APIRouter(prefix="/console", tags=["console"])
_HTML: dict[str, Any] = {"content": {"text/html": {}}}
_PAGE: Responses = {401: _HTML, 403: _HTML, 404: _HTML}
_FORM: Responses = {
    303: {"description": "done; to the request"},
    400: _HTML,
    401: _HTML,
    403: _HTML,
    404: _HTML,
    409: _HTML,
    422: _HTML,
}
Cookie_ = Annotated[str | None, Cookie()]
Number = Annotated[str, Path(pattern=TRACKING_NUMBER_PATTERN)]
_FORM_BODY = {
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "additionalProperties": {"type": "string"}}
            }
        }
    }
}


def _staff(
    session: Session, credentials: StaffCredentials, cookie: str | None
) -> Staff | HTMLResponse:
    token = credentials.credentials if credentials is not None else cookie
    staff = staff_for_token(session, token) if token else None
    if staff is None:
        return HTMLResponse(login_page(), status_code=status.HTTP_401_UNAUTHORIZED)
    if not set(READ_ROLES).intersection(staff.roles):
        return HTMLResponse(
            login_page(
                "The request pages are for clerks, hotline operators, supervisors and admins."
            ),
            status_code=status.HTTP_403_FORBIDDEN,
        )
    return staff


def _worker(
    session: Session, credentials: StaffCredentials, request: Request
) -> Staff | HTMLResponse:
    """The logged-in member if they may change requests (supervisors only read)."""
    staff = _staff(session, credentials, request.cookies.get("lexkiosk_staff"))
    if isinstance(staff, HTMLResponse) or can_act(staff):
        return staff
    return HTMLResponse(
        login_page("Supervisors read requests; clerks and hotline operators change them."),
        status_code=status.HTTP_403_FORBIDDEN,
    )


def _fleet(staff: Staff) -> bool:
    return bool(CONSOLE_ROLES.intersection(staff.roles))


def _settings(request: Request) -> CentralSettings:
    settings: CentralSettings = request.app.state.settings
    return settings


@router.get("/requests", response_class=HTMLResponse, responses=_PAGE)
def request_list(
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: Cookie_ = None,
    status_: Annotated[RequestStatus | None, Query(alias="status")] = None,
    kind: RequestKind | None = None,
    channel: Channel | None = None,
    overdue: bool = False,
    q: Annotated[str, Query(max_length=40, pattern=r"^[A-Za-z0-9-]*$")] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    staff = _staff(session, credentials, lexkiosk_staff)
    if isinstance(staff, HTMLResponse):
        return staff
    now = utcnow()
    wanted = RequestFilter(status_, kind, channel, None, overdue, q, page, 100)
    rows, total = list_requests(session, staff, wanted, now)
    shown = {
        "status": status_ or "",
        "kind": kind or "",
        "channel": channel or "",
        "q": q,
        "overdue": "1" if overdue else "",
    }
    zone = _zone(request)
    html = list_page(
        staff.username, _fleet(staff), request_outs(session, rows, now), total, shown, zone
    )
    return HTMLResponse(html)


def _zone(request: Request) -> ZoneInfo:
    return ZoneInfo(_settings(request).timezone)


def _channels(staff: Staff) -> list[str]:
    return [c for c, roles in CHANNEL_ROLES.items() if set(roles).intersection(staff.roles)]


@router.get("/requests/new", response_class=HTMLResponse, responses=_PAGE)
def new_request(
    session: SessionDep, credentials: StaffCredentials, lexkiosk_staff: Cookie_ = None
) -> HTMLResponse:
    staff = _staff(session, credentials, lexkiosk_staff)
    if isinstance(staff, HTMLResponse):
        return staff
    channels = _channels(staff)
    if not channels:
        return HTMLResponse(
            login_page("Recording requests is for clerks and hotline operators."),
            status_code=status.HTTP_403_FORBIDDEN,
        )
    key = str(uuid.uuid4())  # a double click posts the same key: one request
    return HTMLResponse(create_page(staff.username, _fleet(staff), channels, key, {}))


@router.post("/requests", response_class=HTMLResponse, responses=_FORM, openapi_extra=_FORM_BODY)
async def create_request(request: Request, credentials: StaffCredentials) -> Response:
    fields = await read_form(request)
    database = request.app.state.db
    with database.session() as session:
        staff = _worker(session, credentials, request)
        if isinstance(staff, HTMLResponse):
            return staff
        channels = _channels(staff)
        if not channels:
            return HTMLResponse(
                login_page("Recording requests is for clerks and hotline operators."),
                status_code=status.HTTP_403_FORBIDDEN,
            )
        applicant = {k: fields.get(k, "").strip() for k in ("name", "phone", "address")}
        if fields.get("id_number", "").strip():
            applicant["id_number"] = fields["id_number"].strip().upper()
        try:
            body = RequestCreate(
                idempotency_key=fields.get("idempotency_key", ""),
                kind=fields.get("kind", ""),
                channel=fields.get("channel", ""),
                applicant=applicant,
                summary=fields.get("summary", "").strip(),
            )
            row, _dup = create_for_staff(session, staff, body, _zone(request))
        except (ValidationError, RequestError) as err:
            code = err.status if isinstance(err, RequestError) else 422
            message = form_errors(err)
            key = fields.get("idempotency_key") or str(uuid.uuid4())
            html = create_page(
                staff.username, _fleet(staff), channels or ["hall"], key, fields, message
            )
            return HTMLResponse(html, status_code=code)
        number = row.tracking_number
    return _to(number, "created")


def _to(number: str, note: str) -> RedirectResponse:
    return RedirectResponse(
        f"/console/requests/{number}?done={quote(note)}", status_code=status.HTTP_303_SEE_OTHER
    )


def _detail(
    request: Request,
    session: Session,
    staff: Staff,
    number: str,
    message: str = "",
    ok: str = "",
    code: int = 200,
) -> HTMLResponse:
    try:
        row = visible(session, staff, number)
    except RequestError as err:
        return HTMLResponse(_page_error(staff, str(err)), status_code=status.HTTP_404_NOT_FOUND)
    scope = subtree_ids(session, staff.organisation_id)
    order = pending_transfer(session, row)
    names = Names(session)
    orgs = [
        (code_, f"{name} ({code_})")
        for oid, (code_, name) in sorted(names.orgs.items(), key=lambda kv: kv[1][0])
        if oid != row.organisation_id
    ]
    can = Abilities(
        holds=can_act(staff) and row.organisation_id in scope,
        answers=None,
        organisations=orgs,
    )
    item = request_detail(session, row, utcnow())
    if order is not None and can_act(staff) and order.to_organisation_id in scope:
        can = Abilities(can.holds, next(t for t in item.transfers if t.id == order.id), orgs)
    html = detail_page(staff.username, _fleet(staff), item, can, _zone(request), message, ok)
    return HTMLResponse(html, status_code=code)


def _page_error(staff: Staff, message: str) -> str:
    return page("Not found", staff.username, alert(message), _fleet(staff))


@router.get("/requests/{tracking_number}", response_class=HTMLResponse, responses=_PAGE)
def request_page(
    tracking_number: Number,
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: Cookie_ = None,
    done: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    staff = _staff(session, credentials, lexkiosk_staff)
    if isinstance(staff, HTMLResponse):
        return staff
    return _detail(request, session, staff, tracking_number, ok=OK_NOTES.get(done, ""))


async def _form_action(
    request: Request, credentials: StaffCredentials, number: str, run: Any
) -> Response:
    """Run `run(session, staff, fields)` in its own transaction; on a refusal show the page
    again, from a fresh transaction, with the reason."""
    fields = await read_form(request)
    database = request.app.state.db
    with database.session() as session:
        staff = _worker(session, credentials, request)
        if isinstance(staff, HTMLResponse):
            return staff
        try:
            note = run(session, staff, fields)
            return _to(number, note)
        except (RequestError, ValidationError) as err:
            code = err.status if isinstance(err, RequestError) else 422
            message = form_errors(err)
            session.rollback()
    with database.session() as session:
        staff = _worker(session, credentials, request)
        assert not isinstance(staff, HTMLResponse)
        return _detail(request, session, staff, number, message=message, code=code)


@router.post(
    "/requests/{tracking_number}/action",
    response_class=HTMLResponse,
    responses=_FORM,
    openapi_extra=_FORM_BODY,
)
async def request_action(
    tracking_number: Number, request: Request, credentials: StaffCredentials
) -> Response:
    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        action = fields.get("action", "")
        if action not in ("accept", "start", "complete", "close", "reject"):
            raise RequestError(400, "choose one of accept, start, complete, close, reject")
        actions.act(session, staff, tracking_number, action, fields.get("note", ""))  # type: ignore[arg-type]
        return action

    return await _form_action(request, credentials, tracking_number, run)


@router.post(
    "/requests/{tracking_number}/transfer",
    response_class=HTMLResponse,
    responses=_FORM,
    openapi_extra=_FORM_BODY,
)
async def request_transfer(
    tracking_number: Number, request: Request, credentials: StaffCredentials
) -> Response:
    zone = _zone(request)

    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        body = TransferCreate(
            to_organisation=fields.get("to_organisation", ""),
            to_channel=fields.get("to_channel") or None,
            reason=fields.get("reason", "").strip(),
            deadline_days=fields.get("deadline_days") or 3,
        )
        transfers.transfer(session, staff, tracking_number, body, zone)
        return "transfer"

    return await _form_action(request, credentials, tracking_number, run)


@router.post(
    "/transfers/{transfer_id}/answer",
    response_class=HTMLResponse,
    responses=_FORM,
    openapi_extra=_FORM_BODY,
)
async def transfer_answer(
    transfer_id: Annotated[int, Path(ge=1, le=ID_MAX)],
    request: Request,
    credentials: StaffCredentials,
) -> Response:
    database = request.app.state.db
    with database.session() as session:
        staff = _worker(session, credentials, request)
        if isinstance(staff, HTMLResponse):
            return staff
        number = _number_of(session, staff, transfer_id)
    if number is None:
        return HTMLResponse(
            login_page(f"No transfer order {transfer_id} for your organisations."),
            status_code=status.HTTP_404_NOT_FOUND,
        )

    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        decision = fields.get("decision", "")
        if decision not in ("accept", "return"):
            raise RequestError(400, "decide accept or return")
        transfers.answer(
            session, staff, transfer_id, decision == "accept", fields.get("reason", "")
        )
        return f"transfer_{decision}"

    return await _form_action(request, credentials, number, run)


def _number_of(session: Session, staff: Staff, transfer_id: int) -> str | None:
    found = session.execute(
        select(RequestRow.tracking_number, TransferOrder.to_organisation_id)
        .join(TransferOrder, TransferOrder.request_id == RequestRow.id)
        .where(TransferOrder.id == transfer_id)
    ).first()
    if found is None or found[1] not in subtree_ids(session, staff.organisation_id):
        return None
    return str(found[0])
