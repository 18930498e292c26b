"""`/console/requests`: the request pages for clerks and hotline operators (supervisors read).

Cookie login as for the fleet page (central.api.console); forms post urlencoded bodies and
are answered with a redirect to the request (303), or the page again with what was wrong.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, status
from fastapi.responses import FileResponse, HTMLResponse, Response
from pydantic import ValidationError

from api_client.schemas import (
    UPLOAD_ID_PATTERN,
    Channel,
    RequestCreate,
    RequestKind,
    RequestStatus,
)
from central.api.console_auth import ConsoleRefused
from central.api.console_forms import OK_NOTES, form_errors, read_form
from central.api.console_page import found_or_page
from central.api.deps import SessionDep
from central.api.request_console_common import (
    FORM_BODY,
    FORM_RESPONSES,
    PAGE_RESPONSES,
    Number,
    Reader,
    Worker,
    channels_of,
    detail_response,
    error_page,
    redirect_to,
    settings_of,
    shows_fleet,
    zone_of,
)
from central.clock import utcnow
from central.console.requests_html import PER_PAGE, create_page, list_page
from central.console.words import bi
from central.requests.attachments import attachment_file
from central.requests.errors import RequestError
from central.requests.queries import RequestFilter, list_requests
from central.requests.staff_create import create_for_staff
from central.requests.views import request_outs

router = APIRouter(prefix="/console", tags=["console"])
_RECORDERS = bi(
    "登记申请仅限窗口人员和热线接线员。", "Recording requests is for clerks and hotline operators."
)


@router.get("/requests", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def request_list(
    request: Request,
    session: SessionDep,
    staff: Reader,
    status_: Annotated[RequestStatus | None, Query(alias="status")] = None,
    kind: RequestKind | None = None,
    channel: Channel | None = None,
    overdue: bool = False,
    q: Annotated[str, Query(max_length=40, pattern=r"^[A-Za-z0-9-]*$")] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    done: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    now = utcnow()
    wanted = RequestFilter(status_, kind, channel, None, overdue, q, page, PER_PAGE)
    rows, total = list_requests(session, staff, wanted, now)
    shown = {
        "status": status_ or "",
        "kind": kind or "",
        "channel": channel or "",
        "q": q,
        "overdue": "1" if overdue else "",
    }
    zone = zone_of(request)
    items = request_outs(session, rows, now)
    ok = OK_NOTES.get(done, "")
    html = list_page(staff.username, shows_fleet(staff), items, total, shown, zone, ok, page)
    return HTMLResponse(html)


@router.get("/requests/new", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def new_request(staff: Reader) -> HTMLResponse:
    channels = channels_of(staff)
    if not channels:
        raise ConsoleRefused(status.HTTP_403_FORBIDDEN, _RECORDERS)
    key = str(uuid.uuid4())  # a double click posts the same key: one request
    return HTMLResponse(create_page(staff.username, shows_fleet(staff), channels, key, {}))


@router.post(
    "/requests", response_class=HTMLResponse, responses=FORM_RESPONSES, openapi_extra=FORM_BODY
)
async def create_request(request: Request, staff: Worker) -> Response:
    database = request.app.state.db
    with database.session() as session:
        fields = await read_form(request)  # only once the sender is known
        channels = channels_of(staff)
        if not channels:
            raise ConsoleRefused(status.HTTP_403_FORBIDDEN, _RECORDERS)
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
            row, _dup = create_for_staff(session, staff, body, zone_of(request))
        except (ValidationError, RequestError) as err:
            code = err.status if isinstance(err, RequestError) else 422
            message = form_errors(err)
            key = fields.get("idempotency_key") or str(uuid.uuid4())
            html = create_page(
                staff.username, shows_fleet(staff), channels or ["hall"], key, fields, message
            )
            return HTMLResponse(html, status_code=code)
        number = row.tracking_number
    return redirect_to(number, "created")


@router.get("/requests/{tracking_number}", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def request_page(
    tracking_number: Number,
    request: Request,
    session: SessionDep,
    staff: Reader,
    done: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    return detail_response(request, session, staff, tracking_number, ok=OK_NOTES.get(done, ""))


@router.get(
    "/requests/{tracking_number}/attachments/{upload_id}",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **PAGE_RESPONSES},
)
def console_attachment(
    tracking_number: Number,
    upload_id: Annotated[str, Path(pattern=UPLOAD_ID_PATTERN)],
    request: Request,
    session: SessionDep,
    staff: Reader,
) -> Response:
    root = settings_of(request).data_dir
    path = found_or_page(
        lambda: attachment_file(session, staff, tracking_number, upload_id, root),
        RequestError,
        lambda reason: error_page(staff, reason),
    )
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=f"{upload_id}.bin",
        headers={"X-Content-Type-Options": "nosniff"},
    )
