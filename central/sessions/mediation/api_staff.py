"""The mediator's routes: `/api/v1/staff/sessions/{session_id}/...` (role mediator, the call
they hold, routed to their organisation)."""

from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter, BackgroundTasks, Request
from starlette.concurrency import run_in_threadpool

from api_client.schemas.mediation import (
    InvitationCreate,
    InvitationOut,
    MediationState,
    MuteIn,
    RoomName,
    SideTalkIn,
)
from api_client.schemas.sessions import GrantOut
from central.api.deps import DatabaseDep, SettingsDep
from central.api.problems import problems
from central.clock import utcnow
from central.logs import mask_text
from central.media.errors import MediaError
from central.recordings.hooks import MaybeRecordingDep
from central.sessions.deps import MaybeRoomsDep, SessionId, require
from central.sessions.errors import SessionError
from central.sessions.mediation import access, controls, grants, invitations
from central.sessions.mediation.deps import MediatorStaff, NotifierDep
from central.sessions.mediation.view import state_for

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1/staff/sessions/{session_id}", tags=["mediation (mediator)"])
_R = problems(
    s401="staff token missing or expired",
    s403="not a mediator, or not the mediator holding this call",
    s404="no mediation session routed to your organisation",
)


@router.post("/invitations", status_code=201, responses=_R)
def invite(
    session_id: SessionId,
    body: InvitationCreate,
    request: Request,
    staff: MediatorStaff,
    database: DatabaseDep,
    settings: SettingsDep,
    notifier: NotifierDep,
) -> InvitationOut:
    """Invite the other party: an SMS (through the notifier) or a slip the resident's
    terminal prints. The code is shown to nobody here."""
    now = utcnow()
    with database.session() as session:
        vs = access.mediator(session, staff, session_id).vs
        row, message = invitations.create(
            session, vs, body, settings.mediation, now, str(request.base_url)
        )
        out = invitations.shown(row, now)
    if body.delivery == "sms":
        notifier.send(message)
    return out


@router.get("/mediation", responses=_R)
def mediation(session_id: SessionId, staff: MediatorStaff, database: DatabaseDep) -> MediationState:
    with database.session() as session:
        return state_for(session, access.mediator(session, staff, session_id), utcnow())


@router.post("/participants/{participant_id}/mute", status_code=204, responses=_R)
async def mute(
    session_id: SessionId,
    participant_id: str,
    body: MuteIn,
    staff: MediatorStaff,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
) -> None:
    await run_in_threadpool(_check, database, staff, session_id)
    await controls.mute(database, require(rooms), staff, session_id, participant_id, body.muted)


@router.post("/participants/{participant_id}/remove", status_code=204, responses=_R)
async def remove(
    session_id: SessionId,
    participant_id: str,
    staff: MediatorStaff,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    recorder: MaybeRecordingDep,
    background: BackgroundTasks,
) -> None:
    await run_in_threadpool(_check, database, staff, session_id)
    try:
        closing = await controls.remove(
            database, rooms, staff, session_id, participant_id, utcnow(), recorder
        )
    except MediaError as err:  # its text names Janus's address: for the log only
        log.warning("removal not confirmed by the media server: %s", mask_text(str(err)))
        raise SessionError(
            502,
            f"{participant_id} is removed (their access is withdrawn, any side talk with them "
            "ended), but the media server did not confirm it",
        ) from None
    if closing is not None:
        background.add_task(closing)


@router.post("/side-talk", status_code=204, responses=_R)
async def side_talk(
    session_id: SessionId,
    body: SideTalkIn,
    staff: MediatorStaff,
    database: DatabaseDep,
    settings: SettingsDep,
    rooms: MaybeRoomsDep,
    recorder: MaybeRecordingDep,
) -> None:
    """Talk with one party alone: enforced on Janus (see central.sessions.mediation.controls);
    recorded as a `side_talk` segment when the settings say so (`side_talks_recorded`)."""
    await run_in_threadpool(_check, database, staff, session_id)
    if settings.media is None:
        raise SessionError(503, "video calls are not configured on this central service")
    await controls.start_side_talk(
        database,
        require(rooms),
        staff,
        session_id,
        body.participant_id,
        recorder if settings.mediation.side_talks_recorded else None,
        utcnow(),
    )


@router.delete("/side-talk", status_code=204, responses=_R)
async def end_side_talk(
    session_id: SessionId,
    staff: MediatorStaff,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    recorder: MaybeRecordingDep,
    background: BackgroundTasks,
) -> None:
    """Back to the main room; the side talk's segment is closed after the answer."""
    await run_in_threadpool(_check, database, staff, session_id)
    try:
        closing = await controls.end_side_talk(
            database, require(rooms), staff, session_id, utcnow(), recorder
        )
    except MediaError as err:  # its text names Janus's address: for the log only
        log.warning("side talk end not confirmed by the media server: %s", mask_text(str(err)))
        raise SessionError(
            502, "the side talk ended, but the media server did not unmute the main room"
        ) from None
    if closing is not None:
        background.add_task(closing)


@router.get("/grant", responses=_R)
async def grant(
    session_id: SessionId,
    staff: MediatorStaff,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    room: RoomName = "main",
) -> GrantOut:
    await run_in_threadpool(_check, database, staff, session_id)
    return await grants.grant(
        database, require(rooms), lambda s: access.mediator(s, staff, session_id), room
    )


def _check(database: DatabaseDep, staff: MediatorStaff, session_id: str) -> Literal[True]:
    """The caller's right to the session before the room maker's 503 (nobody learns more)."""
    with database.session() as session:
        access.mediator(session, staff, session_id)
    return True
