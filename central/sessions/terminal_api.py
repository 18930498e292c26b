"""Terminal routes: `/api/v1/kiosk/sessions...` (device token; a terminal's own sessions)."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Response, status

from api_client.schemas.sessions import (
    CallReport,
    GrantOut,
    SessionRating,
    SessionRequest,
    SessionStatus,
)
from central.api.deps import BusDep, CurrentKiosk, DatabaseDep, SessionDep
from central.api.problems import UNAUTHORISED_DEVICE, problems
from central.recordings.hooks import MaybeRecordingDep, after_terminal_event, finish_later
from central.sessions import calls, terminal_side
from central.sessions.deps import ContextDep, MaybeRoomsDep, SessionId, require
from central.sessions.errors import SessionError
from central.sessions.mediation import side_talk_end
from central.sessions.notices import notice_for
from central.sessions.queue import abandon_overdue
from central.sessions.room_cleanup import destroy_later

router = APIRouter(prefix="/api/v1/kiosk/sessions", tags=["video sessions (terminal)"])
_NOT_OWN = problems(s404="no such session of this terminal")


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={**UNAUTHORISED_DEVICE, **problems(s404="the request has not arrived yet")},
)
def request_session(
    body: SessionRequest,
    kiosk: CurrentKiosk,
    session: SessionDep,
    ctx: ContextDep,
    bus: BusDep,
    background: BackgroundTasks,
) -> SessionStatus:
    """Ask for a video session for a request this terminal created. The answer is the queue
    position and estimated wait, or (state `abandoned` with `unavailable`) the plain message
    with the office hours and the call-back / appointment offer when nobody can take it."""
    abandon_overdue(session, ctx.settings, ctx.now)
    vs = terminal_side.request_session(session, kiosk, body, ctx)
    background.add_task(notice_for(session, vs).send, bus)
    return terminal_side.status_of(session, vs, ctx)


@router.get("/{session_id}", responses={**UNAUTHORISED_DEVICE, **_NOT_OWN})
def session_status(
    session_id: SessionId, kiosk: CurrentKiosk, session: SessionDep, ctx: ContextDep
) -> SessionStatus:
    abandon_overdue(session, ctx.settings, ctx.now)
    vs = terminal_side.own_session(session, kiosk, session_id)
    return terminal_side.status_of(session, vs, ctx)


@router.get(
    "/{session_id}/grant",
    responses={**UNAUTHORISED_DEVICE, **_NOT_OWN, **problems(s409="no room yet")},
)
def terminal_grant(
    session_id: SessionId, kiosk: CurrentKiosk, session: SessionDep, rooms: MaybeRoomsDep
) -> GrantOut:
    """The terminal's Janus address, room, tokens and TURN credentials, once staff connect."""
    vs = terminal_side.own_session(session, kiosk, session_id)
    person = next((p for p in calls.participants(session, vs) if p.kiosk_id == kiosk.id), None)
    if person is None:
        raise SessionError(409, "this terminal is not admitted to the call")
    return calls.grant(session, vs, person, require(rooms))


@router.post("/{session_id}/report", responses={**UNAUTHORISED_DEVICE, **_NOT_OWN})
def terminal_report(
    session_id: SessionId,
    body: CallReport,
    kiosk: CurrentKiosk,
    session: SessionDep,
    ctx: ContextDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
    background: BackgroundTasks,
    recording: MaybeRecordingDep,
    database: DatabaseDep,
) -> SessionStatus:
    """What the terminal's call did: joined, dropped, reconnecting, failed (a drop closes
    the recording's segment; joined again starts the next)."""
    vs = terminal_side.own_session(session, kiosk, session_id)
    room = calls.live_room(session, vs)
    actor = f"terminal:{kiosk.terminal_id}"
    after_terminal_event(
        background, recording, vs.public_id, calls.room_of(session, vs), body.event, actor
    )
    if calls.report(session, vs, body.event, actor, ctx.now):
        background.add_task(notice_for(session, vs).send, bus)
        if calls.ended(vs):
            side = side_talk_end.end_with_session(session, vs, actor, body.event, ctx.now)
            side_talk_end.wind_up_later(background, side, database, rooms, recording)
            destroy_later(background, rooms, room)
    return terminal_side.status_of(session, vs, ctx)


@router.post("/{session_id}/leave", responses={**UNAUTHORISED_DEVICE, **_NOT_OWN})
def leave(
    session_id: SessionId,
    kiosk: CurrentKiosk,
    session: SessionDep,
    ctx: ContextDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
    background: BackgroundTasks,
    recording: MaybeRecordingDep,
    database: DatabaseDep,
) -> SessionStatus:
    """The resident leaves the queue or the call (the room goes when staff's page sees it)."""
    vs = terminal_side.own_session(session, kiosk, session_id)
    room = calls.live_room(session, vs)
    terminal_side.leave(session, kiosk, vs, ctx.now)
    actor = f"terminal:{kiosk.terminal_id}"
    side = side_talk_end.end_with_session(session, vs, actor, "resident_left", ctx.now)
    side_talk_end.wind_up_later(background, side, database, rooms, recording)
    finish_later(background, recording, vs.public_id, room, f"terminal:{kiosk.terminal_id}")
    background.add_task(notice_for(session, vs).send, bus)
    destroy_later(background, rooms, room)
    return terminal_side.status_of(session, vs, ctx)


@router.post(
    "/{session_id}/rating",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORISED_DEVICE, **_NOT_OWN, **problems(s409="not completed, or rated")},
)
def rate(
    session_id: SessionId, body: SessionRating, kiosk: CurrentKiosk, session: SessionDep
) -> Response:
    vs = terminal_side.own_session(session, kiosk, session_id)
    terminal_side.rate(session, kiosk, vs, body)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
