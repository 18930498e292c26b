"""Helpers shared by the request pages and their form actions: who is logged in, what
they may do, and the request page itself."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import Depends, Path, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from api_client.schemas import (
    TRACKING_NUMBER_PATTERN,
)
from central.api.console import CONSOLE_ROLES
from central.api.console_auth import console_member
from central.api.console_page import found_or_page
from central.api.problems import Responses
from central.auth.staff import subtree_ids
from central.clock import utcnow
from central.console.request_detail_html import Abilities, detail_page
from central.console.requests_html import alert, page
from central.console.words import bi, bi_text, reason
from central.models import Staff
from central.requests.access import CHANNEL_ROLES, READ_ROLES, can_act, pending_transfer, visible
from central.requests.errors import RequestError
from central.requests.transfers import transfer_targets
from central.requests.views import Names, request_detail
from central.settings import CentralSettings

HTML_ANSWER: dict[str, Any] = {"content": {"text/html": {}}}
PAGE_RESPONSES: Responses = {401: HTML_ANSWER, 403: HTML_ANSWER, 404: HTML_ANSWER}
FORM_RESPONSES: Responses = {
    303: {"description": "done; to the request"},
    400: HTML_ANSWER,
    401: HTML_ANSWER,
    403: HTML_ANSWER,
    404: HTML_ANSWER,
    409: HTML_ANSWER,
    422: HTML_ANSWER,
}
Number = Annotated[str, Path(pattern=TRACKING_NUMBER_PATTERN)]
FORM_BODY = {
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "additionalProperties": {"type": "string"}}
            }
        }
    }
}


def _changes_requests(staff: Staff) -> str:
    if can_act(staff):
        return ""
    return bi(
        "主管只能查阅申请，由窗口人员和热线接线员办理。",
        "Supervisors read requests; clerks and hotline operators change them.",
    )


_READERS = bi(
    "申请页面仅供窗口人员、热线接线员、主管和管理员使用。",
    "The request pages are for clerks, hotline operators, supervisors and admins.",
)
Reader = Annotated[Staff, Depends(console_member(READ_ROLES, _READERS))]
"""A logged-in member who may read requests."""
Worker = Annotated[Staff, Depends(console_member(READ_ROLES, _READERS, also=_changes_requests))]
"""A logged-in member who may change requests (supervisors only read)."""


def shows_fleet(staff: Staff) -> bool:
    return bool(CONSOLE_ROLES.intersection(staff.roles))


def settings_of(request: Request) -> CentralSettings:
    settings: CentralSettings = request.app.state.settings
    return settings


def zone_of(request: Request) -> ZoneInfo:
    return ZoneInfo(settings_of(request).timezone)


def channels_of(staff: Staff) -> list[str]:
    return [c for c, roles in CHANNEL_ROLES.items() if set(roles).intersection(staff.roles)]


def redirect_to(number: str, note: str) -> RedirectResponse:
    return RedirectResponse(
        f"/console/requests/{number}?done={quote(note)}", status_code=status.HTTP_303_SEE_OTHER
    )


def detail_response(
    request: Request,
    session: Session,
    staff: Staff,
    number: str,
    message: str = "",
    ok: str = "",
    code: int = 200,
) -> HTMLResponse:
    row = found_or_page(
        lambda: visible(session, staff, number),
        RequestError,
        lambda reason: error_page(staff, reason),
    )
    scope = subtree_ids(session, staff.organisation_id)
    order = pending_transfer(session, row)
    names = Names(session)
    targets = transfer_targets(session, row.organisation_id)
    orgs = [
        (code_, f"{name} ({code_})")
        for oid, (code_, name) in sorted(names.orgs.items(), key=lambda kv: kv[1][0])
        if oid != row.organisation_id and oid in targets
    ]
    can = Abilities(
        holds=can_act(staff) and row.organisation_id in scope,
        answers=None,
        organisations=orgs,
    )
    item = request_detail(session, row, utcnow(), row.organisation_id in scope)
    if order is not None and can_act(staff) and order.to_organisation_id in scope:
        can = Abilities(can.holds, next(t for t in item.transfers if t.id == order.id), orgs)
    html = detail_page(staff.username, shows_fleet(staff), item, can, zone_of(request), message, ok)
    return HTMLResponse(html, status_code=code)


def error_page(staff: Staff, message: str) -> str:
    """A page saying what could not be shown: the service's own reason (plain text, English)
    after a Chinese lead."""
    body = alert(reason("未找到：", message))
    return page(bi_text("未找到", "Not found"), staff.username, body, shows_fleet(staff))
