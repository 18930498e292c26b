"""The mediator's mediation page in the console (`/console/sessions/{id}/mediation`) and its
form actions, over the console's cookie: the same domain calls as the JSON API."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, BackgroundTasks, Depends, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError

from api_client.schemas.mediation import InvitationCreate, MediationState, RoomName
from api_client.schemas.sessions import GrantOut
from central.api.console_auth import console_member
from central.api.console_sessions import page_csp
from central.api.console_sessions_common import first, read_fields, settings_of
from central.api.deps import DatabaseDep
from central.clock import utcnow
from central.console.words import bi
from central.models import Staff
from central.recordings.hooks import optional_control
from central.recordings.live import recording_now
from central.sessions.deps import MaybeRoomsDep, SessionId, require
from central.sessions.errors import SessionError
from central.sessions.mediation import access, controls, grants, invitations
from central.sessions.mediation.console_html import page
from central.sessions.mediation.view import state_for

router = APIRouter(prefix="/console/sessions/{session_id}/mediation", tags=["console"])
Mediator = Annotated[
    Staff,
    Depends(
        console_member(
            ("mediator",),
            bi("调解页面供调解员使用。", "The mediation pages are for mediators."),
            back=lambda path: path,
        )
    ),
]


_NO_CALLS = "本服务未配置视频通话 video calls are not configured on this central service"


def _back(session_id: str, note: str) -> RedirectResponse:
    url = f"/console/sessions/{session_id}/mediation?note={quote(note)}"
    return RedirectResponse(url, status_code=status.HTTP_303_SEE_OTHER)


@router.get("", response_class=HTMLResponse)
def mediation_page(
    session_id: SessionId, request: Request, staff: Mediator, database: DatabaseDep
) -> HTMLResponse:
    settings = settings_of(request)
    with database.session() as session:
        try:
            state = state_for(session, access.mediator(session, staff, session_id), utcnow())
        except SessionError as err:
            return HTMLResponse(f"<p>{err}</p>", status_code=err.status)
        recording_started = recording_now(session, state.session_id) is not None
    note = request.query_params.get("note", "")[:200]
    cleared = request.query_params.get("cleared", "")
    return HTMLResponse(
        page(
            state,
            staff.username,
            ZoneInfo(settings.timezone),
            note,
            int(cleared) if cleared in ("1", "2", "3") else 0,
            recording_started,
        ),
        headers={"Content-Security-Policy": page_csp(request, _janus_url(request))},
    )


def _janus_url(request: Request) -> str | None:
    media = settings_of(request).media
    return media.participant_janus_url if media is not None else None


@router.get("/state")
def mediation_state(
    session_id: SessionId, staff: Mediator, database: DatabaseDep
) -> MediationState:
    """The page's call follows this (side room or not, removed) as the guest's page does."""
    with database.session() as session:
        return state_for(session, access.mediator(session, staff, session_id), utcnow())


@router.get("/grant")
async def mediation_grant(
    session_id: SessionId,
    staff: Mediator,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    room: RoomName = "main",
) -> GrantOut:
    """The mediator's grant to the main room, or to the side room during their side talk."""
    with database.session() as session:
        access.mediator(session, staff, session_id)  # the caller's right before any 503
    return await grants.grant(
        database, require(rooms), lambda s: access.mediator(s, staff, session_id), room
    )


@router.post("/invite", response_class=HTMLResponse)
async def invite(
    session_id: SessionId, request: Request, staff: Mediator, database: DatabaseDep
) -> RedirectResponse:
    fields = await read_fields(request)
    settings = settings_of(request)
    try:
        body = InvitationCreate(
            delivery=first(fields, "delivery"),
            display_name=first(fields, "display_name"),
            id_last4=first(fields, "id_last4").upper(),
            phone=first(fields, "phone") or None,
            valid_minutes=int(first(fields, "valid_minutes") or 60),
        )
    except (ValidationError, ValueError) as err:
        return _back(session_id, f"邀请未发送 not sent: {str(err).splitlines()[0]}")
    now = utcnow()
    try:
        with database.session() as session:
            vs = access.mediator(session, staff, session_id).vs
            _row, message = invitations.create(
                session, vs, body, settings.mediation, now, str(request.base_url)
            )
        if body.delivery == "sms":
            request.app.state.mediation_notifier.send(message)
    except SessionError as err:
        return _back(session_id, f"邀请未发送 not sent: {err}")
    return _back(session_id, "邀请已发送 invitation sent")


async def _act(
    session_id: str,
    done: str,
    work: Awaitable[controls.SideTalkClosing | None],
    background: BackgroundTasks | None = None,
) -> RedirectResponse:
    """Do it and come back to the page with what happened; a side talk's segment, if one
    closes, is converted after the answer."""
    try:
        closing = await work
    except SessionError as err:
        return _back(session_id, str(err))
    if closing is not None and background is not None:
        background.add_task(closing)
    return _back(session_id, done)


@router.post("/participants/{participant_id}/mute", response_class=HTMLResponse)
async def mute(
    session_id: SessionId,
    participant_id: str,
    request: Request,
    staff: Mediator,
    database: DatabaseDep,
) -> RedirectResponse:
    muted = first(await read_fields(request), "muted") == "True"
    rooms = request.app.state.rooms
    if rooms is None:
        return _back(session_id, _NO_CALLS)
    return await _act(
        session_id,
        "已更新 done",
        controls.mute(database, rooms, staff, session_id, participant_id, muted),
    )


@router.post("/participants/{participant_id}/remove", response_class=HTMLResponse)
async def remove(
    session_id: SessionId,
    participant_id: str,
    request: Request,
    staff: Mediator,
    database: DatabaseDep,
    background: BackgroundTasks,
) -> RedirectResponse:
    work = controls.remove(
        database,
        request.app.state.rooms,
        staff,
        session_id,
        participant_id,
        utcnow(),
        optional_control(request),
    )
    return await _act(session_id, "已移出 removed", work, background)


@router.post("/side-talk", response_class=HTMLResponse)
async def side_talk(
    session_id: SessionId, request: Request, staff: Mediator, database: DatabaseDep
) -> RedirectResponse:
    settings = settings_of(request)
    pid = first(await read_fields(request), "participant_id")
    if request.app.state.rooms is None or settings.media is None:
        return _back(session_id, _NO_CALLS)
    work = controls.start_side_talk(
        database,
        request.app.state.rooms,
        staff,
        session_id,
        pid,
        optional_control(request) if settings.mediation.side_talks_recorded else None,
        utcnow(),
    )
    return await _act(session_id, "单独谈话开始 side talk on", work)


@router.post("/side-talk/end", response_class=HTMLResponse)
async def end_side_talk(
    session_id: SessionId,
    request: Request,
    staff: Mediator,
    database: DatabaseDep,
    background: BackgroundTasks,
) -> RedirectResponse:
    if request.app.state.rooms is None:
        return _back(session_id, _NO_CALLS)
    work = controls.end_side_talk(
        database, request.app.state.rooms, staff, session_id, utcnow(), optional_control(request)
    )
    return await _act(session_id, "单独谈话结束 side talk ended", work, background)
