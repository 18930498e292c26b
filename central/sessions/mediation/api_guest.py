"""The other party in a browser: redeem the invitation (anonymous, limited per invitation and
per client address), then the guest's routes under `/api/v1/guest/sessions/{session_id}`
with the cookie the redeem set."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Cookie, Depends, Request, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from api_client.schemas.mediation import Admission, BrowserRedeem, MediationState, RoomName
from api_client.schemas.sessions import CallReport, GrantOut
from central.api.deps import DatabaseDep, SettingsDep
from central.api.problems import problems
from central.clock import utcnow
from central.media.errors import MediaError
from central.recordings.hooks import MaybeRecordingDep
from central.sessions.deps import MaybeRoomsDep, SessionId, require
from central.sessions.errors import SessionError
from central.sessions.mediation import access, controls, grants, invitations
from central.sessions.mediation.access import GUEST_COOKIE
from central.sessions.mediation.deps import InvitationId, client_of, limited
from central.sessions.mediation.models import MediationMember
from central.sessions.mediation.view import active_side_talk, people, state_for

log = logging.getLogger(__name__)

GuestCookie = Annotated[str | None, Cookie(alias=GUEST_COOKIE)]


def _cookie_first(cookie: GuestCookie = None) -> None:
    """Refuse a caller without the guest cookie before its body is even read."""
    if not cookie:
        raise SessionError(401, "no guest cookie: open the invitation link and redeem it first")


router = APIRouter(tags=["mediation (guest)"])
_REDEEM = problems(
    s403="wrong code or last four of the ID number (attempts left in the message)",
    s404="no such invitation",
    s409="the invitation was used, or the call is full",
    s410="the invitation expired or was withdrawn",
    s423="the invitation is locked after too many wrong answers",
    s429="too many attempts from this address or on this invitation",
)
_GUEST = problems(s401="no guest cookie, or it admits nobody to this session now")


@router.post("/api/v1/invitations/{invitation_id}/redeem", responses=_REDEEM)
def redeem(
    invitation_id: InvitationId,
    body: BrowserRedeem,
    request: Request,
    response: Response,
    database: DatabaseDep,
    settings: SettingsDep,
) -> Admission:
    """Join by invitation: the one-time code, the last four of the ID number and the consent;
    the answer sets the guest's cookie (HttpOnly, SameSite=Strict)."""
    limited(request, f"client:{client_of(request)}")
    limited(request, f"invitation:{invitation_id}")
    done = invitations.redeem(
        database,
        invitation_id,
        body.code,
        body.id_last4,
        "code_and_id_last4",
        body.consent_version,
        utcnow(),
    )
    assert done.cookie is not None
    response.set_cookie(
        GUEST_COOKIE,
        done.cookie,
        max_age=12 * 3600,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return Admission(
        session_id=done.session_public_id, participant_id=done.participant_id, role="other_party"
    )


_PREFIX = "/api/v1/guest/sessions/{session_id}"


@router.get(f"{_PREFIX}/mediation", responses=_GUEST)
def mediation(
    session_id: SessionId, database: DatabaseDep, cookie: GuestCookie = None
) -> MediationState:
    with database.session() as session:
        return state_for(session, access.guest(session, cookie, session_id), utcnow())


@router.get(f"{_PREFIX}/grant", responses=_GUEST)
async def grant(
    session_id: SessionId,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    room: RoomName = "main",
    cookie: GuestCookie = None,
) -> GrantOut:
    await run_in_threadpool(_check, database, cookie, session_id)
    return await grants.grant(
        database, require(rooms), lambda s: access.guest(s, cookie, session_id), room
    )


def _check(database: DatabaseDep, cookie: str | None, session_id: str) -> None:
    with database.session() as session:
        access.guest(session, cookie, session_id)


@router.post(
    f"{_PREFIX}/report", status_code=204, responses=_GUEST, dependencies=[Depends(_cookie_first)]
)
def report(
    session_id: SessionId, body: CallReport, database: DatabaseDep, cookie: GuestCookie = None
) -> None:
    """The guest's connection events. The session's state follows the resident's terminal and
    the mediator; a guest's report is checked (cookie) and otherwise only acknowledged."""
    with database.session() as session:
        access.guest(session, cookie, session_id)
    del body


@router.post(f"{_PREFIX}/leave", status_code=204, responses=_GUEST)
async def leave(
    session_id: SessionId,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    recorder: MaybeRecordingDep,
    background: BackgroundTasks,
    cookie: GuestCookie = None,
) -> None:
    """The guest leaves for good: their cookie admits nobody from now on. A side talk with
    them ends (its segment closed after the answer); Janus not answering is logged, the
    guest's leaving stands."""
    now = utcnow()
    who = await run_in_threadpool(_leave, database, cookie, session_id, now)
    if who is None or rooms is None:
        return
    try:
        closing = await controls.close_side_talk_of(
            database, rooms, lambda s: access.session_of(s, session_id), who, now, recorder
        )
    except (MediaError, SessionError) as err:  # a side talk the mediator ended meanwhile
        log.warning("the side talk of %s did not end cleanly: %s", session_id, err)
        return
    if closing is not None:
        background.add_task(closing)


def _leave(database: DatabaseDep, cookie: str | None, session_id: str, now: datetime) -> str | None:
    """The guest's rows say they left; returns their actor name when a side talk with them
    is on (None otherwise)."""
    with database.session() as session:
        caller = access.guest(session, cookie, session_id)
        side = active_side_talk(session, caller.vs)
        in_side = side is not None and caller.participant_id in side.join_tokens
        for person in people(session, caller.vs):
            if person.participant_id == caller.participant_id:
                person.left_at = now
        assert cookie is not None
        digest = hashlib.sha256(cookie.encode()).hexdigest()
        for row in session.scalars(
            select(MediationMember).where(MediationMember.cookie_sha256 == digest)
        ):
            row.cookie_sha256 = None
        return f"guest:{caller.participant_id}" if in_side else None
