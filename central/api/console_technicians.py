"""`/console/technicians`: push the technicians who may open technician mode on a group of
terminals, as `lexkiosk-central kiosk technicians` does on the command line. The same rules
(central.fleet.technicians, central.fleet.configs.push): PINs hashed here, never stored, echoed
or journaled; the target within the pushing organisation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from api_client.schemas import ID_MAX, ConfigPush
from central.api.console_auth import console_member
from central.api.console_forms import read_form
from central.api.deps import SessionDep
from central.api.scope import actor
from central.console.technicians_html import technicians_page
from central.console.words import bi, reason
from central.fleet.configs import ConfigError, push
from central.fleet.technicians import TechnicianError, parse_entries, technicians_document
from central.models import Organisation, Staff

router = APIRouter(prefix="/console", tags=["console"])
_HTML: dict[str, Any] = {"content": {"text/html": {}}}
Pusher = Annotated[
    Staff,
    Depends(
        console_member(
            {"admin", "technician"},
            bi(
                "技术员 PIN 仅由管理员和技术员下发。",
                "Technicians' PINs are pushed by admins and technicians.",
            ),
        )
    ),
]


@router.get("/technicians", response_class=HTMLResponse, responses={401: _HTML, 403: _HTML})
def technicians_form(
    _staff: Pusher,
    pushed: Annotated[int | None, Query(ge=1, le=ID_MAX)] = None,
) -> HTMLResponse:
    notice = ""
    if pushed is not None:
        notice = bi(f"已下发，配置版本 v{pushed}。", f"Pushed as configuration v{pushed}.")
    return HTMLResponse(technicians_page({}, notice))


@router.post(
    "/technicians",
    response_class=HTMLResponse,
    responses={303: {"description": "pushed"}, 400: _HTML, 401: _HTML, 403: _HTML, 409: _HTML},
)
async def technicians_push(request: Request, session: SessionDep, staff: Pusher) -> Response:
    form = await read_form(request)
    shown = {k: form.get(k, "") for k in ("target_kind", "target")}
    try:
        document = technicians_document(parse_entries(form.get("entries", "")))
        body = ConfigPush.model_validate(
            {"target_kind": shown["target_kind"], "target": shown["target"], "document": document}
        )
    except (TechnicianError, ValidationError) as err:
        said = str(err) if isinstance(err, TechnicianError) else "choose where to send it"
        page = technicians_page(shown, error=reason("未下发：", said))
        return HTMLResponse(page, status_code=status.HTTP_400_BAD_REQUEST)
    try:
        version = push(
            session, body, session.get(Organisation, staff.organisation_id), actor(staff)
        )
    except ConfigError as err:
        page = technicians_page(shown, error=reason("未下发：", str(err)))
        return HTMLResponse(page, status_code=status.HTTP_409_CONFLICT)
    return RedirectResponse(
        f"/console/technicians?pushed={version.id}", status_code=status.HTTP_303_SEE_OTHER
    )
