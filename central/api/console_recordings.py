"""The console's recording routes: the call page's start control
(`POST /console/sessions/{id}/recording`, the staff member holding the call, after consent),
and the playback page and files (`GET /console/sessions/{id}/recordings[/{n}]`, the handling
staff member and their supervisor). They reuse central.recordings.api, so the rules and the
journal are the same; only the login differs (the console's cookie)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api_client.schemas.recordings import RecordingStart
from central.api.console_auth import console_member
from central.api.console_page import ConsolePage
from central.api.console_sessions_common import (
    CALL_RESPONSES,
    CallStaff,
    first,
    read_fields,
    refused_page,
    zone_of,
)
from central.api.deps import DatabaseDep, SessionDep
from central.console.recordings_html import playback_page
from central.models import Staff
from central.recordings import api as recording_api
from central.recordings.access import playable_session
from central.recordings.api import SegmentIndex
from central.recordings.segments import journaled_segments
from central.sessions.deps import SessionId
from central.sessions.errors import SessionError
from central.web.security import CONSOLE_CSP

router = APIRouter(prefix="/console/sessions", tags=["console"])
PLAYBACK_CSP = f"{CONSOLE_CSP}; media-src 'self'"
_PLAYERS = ("notary", "lawyer", "clerk", "supervisor")
PlaybackStaff = Annotated[
    Staff,
    Depends(
        console_member(
            _PLAYERS,
            "录像供办理的工作人员及其主管查看。 Recordings are for the staff member who "
            "handled the call and their supervisor.",
            back=lambda path: path,
        )
    ),
]


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.post("/{session_id}/recording", responses=CALL_RESPONSES)
async def start(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep
) -> Response:
    """Start the recording once both consent boxes are ticked."""
    fields = await read_fields(request)
    try:
        body = RecordingStart(
            consent_read_aloud=first(fields, "consent_read_aloud") == "yes",
            consent_spoken=first(fields, "consent_spoken") == "yes",
        )
        now = await recording_api.start_recording(session_id, body, staff, database, request)
    except ValidationError as invalid:
        err = SessionError(422, str(invalid.errors()[0]["msg"]).removeprefix("Value error, "))
        if _wants_json(request):
            return JSONResponse({"detail": str(err)}, 422)
        raise ConsolePage(refused_page(staff.username, str(err)), 422) from None
    except SessionError as err:
        if _wants_json(request):
            raise
        raise ConsolePage(refused_page(staff.username, str(err)), err.status) from None
    if _wants_json(request):
        return JSONResponse({"state": now.state, "segment": str(now.segment)})
    return RedirectResponse(f"/console/sessions/{quote(session_id)}", status.HTTP_303_SEE_OTHER)


@router.get("/{session_id}/recordings", response_class=HTMLResponse)
def playback(
    session_id: SessionId, request: Request, staff: PlaybackStaff, session: SessionDep
) -> HTMLResponse:
    """The session's segments, each playable in the page."""
    try:
        playable_session(session, staff, session_id)
    except SessionError as err:
        raise ConsolePage(refused_page(staff.username, str(err)), err.status) from None
    segments = []
    for record in journaled_segments(session, session_id):
        started = datetime.fromisoformat(str(record["started_at"]))
        ended = datetime.fromisoformat(str(record["ended_at"]))
        segments.append({**record, "started_at_dt": started, "ended_at_dt": ended})
    page = playback_page(staff.username, session_id, segments, zone_of(request))
    # the console's policy, with this service's own files allowed in the players
    return HTMLResponse(page, headers={"Content-Security-Policy": PLAYBACK_CSP})


@router.get(
    "/{session_id}/recordings/{index}",
    response_class=Response,
    responses={200: {"content": {"video/webm": {}}}},
)
async def play(
    session_id: SessionId,
    index: SegmentIndex,
    request: Request,
    staff: PlaybackStaff,
    database: DatabaseDep,
) -> Response:
    """One segment's file for the page's player; journaled like the API's playback."""

    def look() -> Response:
        with database.session() as session:
            return recording_api.play_segment(session_id, index, staff, session, request)

    return await run_in_threadpool(look)
