"""A terminal's mediation routes: the resident's terminal (its own session) and the other
party's terminal admitted by invitation, under `/api/v1/terminal/...`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api_client.schemas.mediation import (
    Admission,
    InvitationSlip,
    MediationState,
    RoomName,
    TerminalRedeem,
)
from api_client.schemas.sessions import GrantOut
from central.api.deps import CurrentKiosk, DatabaseDep, SettingsDep
from central.api.problems import problems
from central.clock import utcnow
from central.sessions.deps import MaybeRoomsDep, SessionId, require
from central.sessions.errors import SessionError
from central.sessions.mediation import access, grants, invitations
from central.sessions.mediation.deps import InvitationId, limited
from central.sessions.mediation.view import state_for

router = APIRouter(prefix="/api/v1/terminal", tags=["mediation (terminal)"])
_R = problems(s401="device token missing or revoked", s404="no mediation of this terminal")


@router.get("/sessions/{session_id}/mediation", responses=_R)
def mediation(session_id: SessionId, kiosk: CurrentKiosk, database: DatabaseDep) -> MediationState:
    with database.session() as session:
        return state_for(session, access.terminal(session, kiosk, session_id), utcnow())


@router.get("/sessions/{session_id}/grant", responses=_R)
async def grant(
    session_id: SessionId,
    kiosk: CurrentKiosk,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    room: RoomName = "main",
) -> GrantOut:
    def find(session: Session) -> access.Caller:
        caller = access.terminal(session, kiosk, session_id)
        if state_for(session, caller, utcnow()).removed:
            raise SessionError(403, "you were removed from this mediation by the mediator")
        return caller

    await run_in_threadpool(_check, database, kiosk, session_id)
    return await grants.grant(database, require(rooms), find, room)


def _check(database: DatabaseDep, kiosk: CurrentKiosk, session_id: str) -> None:
    with database.session() as session:
        access.terminal(session, kiosk, session_id)


@router.get("/sessions/{session_id}/invitations/{invitation_id}/slip", responses=_R)
def slip(
    session_id: SessionId,
    invitation_id: InvitationId,
    request: Request,
    kiosk: CurrentKiosk,
    database: DatabaseDep,
    settings: SettingsDep,
) -> InvitationSlip:
    """The slip to print for a kiosk_print invitation of this terminal's own session, once."""
    with database.session() as session:
        caller = access.terminal(session, kiosk, session_id)
        if caller.vs.kiosk_id != kiosk.id:
            raise SessionError(404, f"no session {session_id} of this terminal")
        return invitations.slip(
            session, caller.vs, invitation_id, settings.mediation, str(request.base_url)
        )


@router.post("/invitations/redeem", responses=_R)
def redeem(
    body: TerminalRedeem,
    request: Request,
    kiosk: CurrentKiosk,
    database: DatabaseDep,
    settings: SettingsDep,
) -> Admission:
    """The other party at another terminal: the code from the slip or message and the ID
    number read from their card there (only its last four are compared, nothing kept)."""
    limited(request, f"terminal:{kiosk.id}")
    now = utcnow()
    invitation_id = invitations.by_code(database, body.code, now)
    limited(request, f"invitation:{invitation_id}")
    done = invitations.redeem(
        database,
        invitation_id,
        body.code,
        body.id_number[-4:],
        "id_card",
        body.consent_version,
        now,
        kiosk_id=kiosk.id,
    )
    return Admission(
        session_id=done.session_public_id, participant_id=done.participant_id, role="other_party"
    )
