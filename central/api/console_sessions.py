"""`/console/sessions`: the video session pages for notaries, lawyers and legal-aid clerks.

The sessions page (availability, the live queue, claim) and the call page (the video beside
the resident, the request, notes, the text line, hand-over and the end with an outcome).
Cookie login as on every console page; every POST is a same-site form or fetch (the
BrowserSecurity middleware refuses cross-site ones). The call's own actions are in
console_sessions_call.py, the scripts and the live socket in console_sessions_assets.py.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Path, Query, Request, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api_client.schemas import UPLOAD_ID_PATTERN
from api_client.schemas.sessions import Availability, AvailabilityOut
from central.api.console_sessions_assets import VendorScripts
from central.api.console_sessions_common import (
    CallStaff,
    first,
    or_page,
    read_fields,
    settings_of,
    zone_of,
)
from central.api.deps import BusDep, DatabaseDep, SessionDep
from central.api.request_console_common import FORM_RESPONSES, PAGE_RESPONSES
from central.console.reproof_html import proofs_section
from central.console.sessions_call_html import call_page, ended_page
from central.console.sessions_html import queue_rows, sessions_page
from central.models import Staff
from central.requests.access import READ_ROLES
from central.sessions import reproof, staff_side
from central.sessions.call_view import call_attachment, call_view, ended_view
from central.sessions.deps import SessionId, context
from central.sessions.errors import SessionError
from central.sessions.models import StaffPresence
from central.sessions.notices import notice_for
from central.sessions.queue import abandon_overdue
from central.sessions.staff_side import routed_session
from central.sessions.states import WITH_STAFF

router = APIRouter(prefix="/console/sessions", tags=["console"])


class QueueRows(BaseModel):
    rows: str
    count: int


IcePolicy = Annotated[str, Query(pattern="^(all|relay)$", description="relay: TURN only")]
_OK = {
    "available": "已设为可接听。 You are available.",
    "away": "已设为暂离。 You are away.",
    "handed_over": "已转交。 Handed over.",
}


def page_csp(request: Request, janus_url: str | None = None) -> str:
    """The console's policy plus this service's scripts and sockets (and Janus's socket on the
    call page): the session pages are the console's only pages that run scripts."""
    netloc = request.url.netloc
    sockets = f"ws://{netloc} wss://{netloc}"
    if janus_url:
        parts = urlsplit(janus_url)
        sockets += f" {parts.scheme}://{parts.netloc}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src 'self' data:; media-src 'self' blob: mediastream:; connect-src 'self' {sockets}; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


def presence_of(session: SessionDep, staff: Staff) -> AvailabilityOut:
    row = session.get(StaffPresence, staff.id)
    if row is None:
        return AvailabilityOut(username=staff.username, available=False, languages=["zh"])
    return AvailabilityOut(
        username=staff.username,
        available=row.available,
        languages=row.languages or ["zh"],
    )


def _sessions_html(
    request: Request,
    session: SessionDep,
    staff: Staff,
    note: str = "",
    ok: str = "",
    ice: str = "all",
) -> str:
    ctx = context(settings_of(request))
    abandon_overdue(session, ctx.settings, ctx.now)
    items = staff_side.queue(session, staff, ctx.settings, ctx.now)
    return sessions_page(
        staff.username, presence_of(session, staff), items, zone_of(request), note, ok, ice
    )


@router.get("", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def sessions(
    request: Request,
    session: SessionDep,
    staff: CallStaff,
    done: Annotated[str, Query(max_length=20)] = "",
    ice: IcePolicy = "all",
) -> HTMLResponse:
    html = _sessions_html(request, session, staff, ok=_OK.get(done, ""), ice=ice)
    return HTMLResponse(html, headers={"Content-Security-Policy": page_csp(request)})


@router.get("/queue", responses=PAGE_RESPONSES)
def queue_fragment(
    request: Request, session: SessionDep, staff: CallStaff, ice: IcePolicy = "all"
) -> QueueRows:
    """The queue's rows (HTML table rows, escaped), fetched by the page when the live socket
    says look now; JSON, since they are a part of the page, not a page."""
    ctx = context(settings_of(request))
    items = staff_side.queue(session, staff, ctx.settings, ctx.now)
    return QueueRows(rows=queue_rows(items, zone_of(request), ice), count=len(items))


@router.post("/availability", response_class=HTMLResponse, responses=FORM_RESPONSES)
async def availability(request: Request, staff: CallStaff, database: DatabaseDep) -> Response:
    fields = await read_fields(request)
    languages = [code for code in fields.get("languages", []) if code in ("zh", "mn", "en")]
    body = Availability(available=first(fields, "available") == "1", languages=languages or ["zh"])

    def store() -> None:
        with database.session() as session:
            staff_side.set_availability(session, staff, body, context(settings_of(request)).now)

    await run_in_threadpool(or_page, staff, store)
    done = "available" if body.available else "away"
    return RedirectResponse(f"/console/sessions?done={done}", status.HTTP_303_SEE_OTHER)


@router.post("/{session_id}/claim", response_class=HTMLResponse, responses=FORM_RESPONSES)
async def claim(
    session_id: SessionId,
    request: Request,
    staff: CallStaff,
    database: DatabaseDep,
    bus: BusDep,
    ice: IcePolicy = "all",
) -> Response:
    """Take a queued session and open its call page (a mediation: the mediation page, where
    the mediator's call runs); a colleague who was faster: the sessions page again with who
    it was (409)."""
    ctx = context(settings_of(request))
    try:
        with database.session() as session:
            vs = staff_side.claim(session, staff, session_id, ctx.settings, ctx.now)
            notice = notice_for(session, vs)
            kind = vs.kind
    except SessionError as err:
        with database.session() as session:
            html = _sessions_html(request, session, staff, note=str(err), ice=ice)
        headers = {"Content-Security-Policy": page_csp(request)}
        return HTMLResponse(html, status_code=err.status, headers=headers)
    await notice.send(bus)
    if kind == "mediation":
        return RedirectResponse(_mediation_page(session_id), status.HTTP_303_SEE_OTHER)
    carry = "?ice=relay" if ice == "relay" else ""
    call_page_url = f"/console/sessions/{quote(session_id)}{carry}"
    return RedirectResponse(call_page_url, status.HTTP_303_SEE_OTHER)


def _mediation_page(session_id: str) -> str:
    """A mediation's call runs on its mediation page (several parties, side talks): the
    one-to-one call page would join the same room a second time."""
    return f"/console/sessions/{quote(session_id)}/mediation"


@router.get("/{session_id}", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def call(
    session_id: SessionId,
    request: Request,
    session: SessionDep,
    staff: CallStaff,
    ice: IcePolicy = "all",
) -> Response:
    """The call page, for the staff member holding the call only (others: 403 or 404); a
    mediation's: its mediation page instead (this page would start a second call)."""
    vs = or_page(staff, lambda: routed_session(session, staff, session_id))
    if vs.claimed_by_id == staff.id and vs.state not in WITH_STAFF:
        return RedirectResponse(
            f"/console/sessions/{quote(session_id)}/ended", status.HTTP_303_SEE_OTHER
        )
    if vs.kind == "mediation":
        return RedirectResponse(_mediation_page(session_id), status.HTTP_303_SEE_OTHER)
    view = or_page(staff, lambda: call_view(session, staff, session_id))
    media = settings_of(request).media
    reads = bool(set(READ_ROLES).intersection(staff.roles))
    scripts: VendorScripts = request.app.state.call_scripts
    note = scripts.message() if scripts.missing else ""
    identity = proofs_section(reproof.status(session, vs), zone_of(request))
    html = call_page(staff.username, view, zone_of(request), ice, reads, note, identity)
    csp = page_csp(request, media.participant_janus_url if media is not None else None)
    return HTMLResponse(html, headers={"Content-Security-Policy": csp})


@router.get("/{session_id}/ended", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def ended(
    session_id: SessionId, request: Request, session: SessionDep, staff: CallStaff
) -> HTMLResponse:
    """What the call's outcome did to the request: its status and history."""
    view = or_page(staff, lambda: ended_view(session, staff, session_id))
    return HTMLResponse(ended_page(staff.username, view, zone_of(request)))


@router.get(
    "/{session_id}/attachments/{upload_id}",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **PAGE_RESPONSES},
)
def attachment(
    session_id: SessionId,
    upload_id: Annotated[str, Path(pattern=UPLOAD_ID_PATTERN)],
    request: Request,
    session: SessionDep,
    staff: CallStaff,
) -> Response:
    root = settings_of(request).data_dir
    path = or_page(staff, lambda: call_attachment(session, staff, session_id, upload_id, root))
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=f"{upload_id}.bin",
        headers={"X-Content-Type-Options": "nosniff"},
    )
