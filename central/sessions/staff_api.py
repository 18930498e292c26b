"""Staff routes: `/api/v1/sessions...` (notary, lawyer, clerk; sessions routed to their own
organisation only)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, BackgroundTasks
from starlette.concurrency import run_in_threadpool

from api_client.schemas.sessions import (
    Availability,
    AvailabilityOut,
    CallReport,
    Caption,
    ClaimOut,
    EndSession,
    GrantOut,
    HandOver,
    QueueItem,
)
from central.api.deps import BusDep, DatabaseDep, SessionDep
from central.api.problems import problems
from central.media.rooms import JanusRooms, Room
from central.models import Staff
from central.recordings.hooks import MaybeRecordingDep, after_terminal_event, finish_later
from central.sessions import calls, staff_side
from central.sessions.deps import ContextDep, MaybeRoomsDep, SessionId, SessionStaff, require
from central.sessions.ending import end_call
from central.sessions.errors import SessionError
from central.sessions.mediation import side_talk_end
from central.sessions.mediation.controls import publishers_for
from central.sessions.notices import Notice, notice_for
from central.sessions.queue import abandon_overdue
from central.sessions.room_cleanup import destroy_later, revoke_later
from central.sessions.states import IN_ROOM

router = APIRouter(prefix="/api/v1/sessions", tags=["video sessions (staff)"])
_AUTH = problems(s401="staff token missing or expired", s403="not a notary, lawyer or clerk")
_ROUTED = problems(s404="no such session routed to your organisation")
_CONFLICT = problems(s409="the session is not in a state that allows this")


def _actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


@router.put("/availability", responses=_AUTH)
def set_availability(
    body: Availability, staff: SessionStaff, session: SessionDep, ctx: ContextDep
) -> AvailabilityOut:
    """Available or away, and the languages spoken; only available staff count for waits."""
    return staff_side.set_availability(session, staff, body, ctx.now)


@router.get("/queue", responses=_AUTH)
def queue(staff: SessionStaff, session: SessionDep, ctx: ContextDep) -> list[QueueItem]:
    """Queued sessions this staff member may take, and their own open ones."""
    abandon_overdue(session, ctx.settings, ctx.now)
    return staff_side.queue(session, staff, ctx.settings, ctx.now)


@router.post("/{session_id}/claim", responses={**_AUTH, **_ROUTED, **_CONFLICT})
def claim(
    session_id: SessionId,
    staff: SessionStaff,
    session: SessionDep,
    ctx: ContextDep,
    bus: BusDep,
    background: BackgroundTasks,
) -> ClaimOut:
    """Take a queued session. Of two staff claiming at once one wins; the other gets 409."""
    vs = staff_side.claim(session, staff, session_id, ctx.settings, ctx.now)
    background.add_task(notice_for(session, vs).send, bus)
    return ClaimOut(session_id=vs.public_id, state=vs.state)


@dataclass(frozen=True)
class _Plan:
    state: str
    people: list[str]
    kept: Room | None  # the room of a call handed over to this staff member
    me: str  # this staff member's participant id
    kind: str


def _plan(database: DatabaseDep, staff: Staff, session_id: str) -> _Plan:
    with database.session() as session:
        vs = staff_side.own_call(session, staff, session_id)
        people = calls.participants(session, vs)
        me = next(p.participant_id for p in people if p.staff_id == staff.id)
        kept = calls.room_of(session, vs) if vs.state == "claimed" else None
        return _Plan(vs.state, [p.participant_id for p in people], kept, me, vs.kind)


async def _room_for(maker: JanusRooms, plan: _Plan, session_id: str) -> Room:
    """A new room, or the kept room of a handed-over call with this staff member admitted."""
    if plan.kept is not None:
        return await maker.admit(plan.kept, plan.me)
    return await maker.create_room(
        plan.people, description=f"session {session_id}", publishers=publishers_for(plan.kind)
    )


def _keep(database: DatabaseDep, staff: Staff, session_id: str, room: Room) -> tuple[bool, Notice]:
    with database.session() as session:
        vs = staff_side.own_call(session, staff, session_id)
        kept = calls.store_room(session, vs, room, _actor(staff))
        return kept, notice_for(session, vs)


def _own_grant(database: DatabaseDep, staff: Staff, session_id: str, rooms: JanusRooms) -> GrantOut:
    with database.session() as session:
        vs = staff_side.own_call(session, staff, session_id)
        person = next(p for p in calls.participants(session, vs) if p.staff_id == staff.id)
        return calls.grant(session, vs, person, rooms)


@router.post("/{session_id}/connect", responses={**_AUTH, **_ROUTED, **_CONFLICT})
async def connect(
    session_id: SessionId,
    staff: SessionStaff,
    database: DatabaseDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
) -> GrantOut:
    """Start the call of a claimed session: the room is made on Janus with a random id,
    admitting exactly the session's participants (a call handed over keeps its room, and
    this staff member is admitted to it); the answer is this staff member's grant."""
    plan = await run_in_threadpool(_plan, database, staff, session_id)
    maker = require(rooms)
    if plan.state == "claimed":
        room = await _room_for(maker, plan, session_id)
        kept, notice = await run_in_threadpool(_keep, database, staff, session_id, room)
        if not kept and plan.kept is not None:  # a second click admitted them first
            await maker.withdraw(room, room.join_tokens[plan.me])
        elif not kept:  # a second click of the same staff member made its room first
            await maker.destroy_room(room)
        else:
            await notice.send(bus)
    elif plan.state not in IN_ROOM:
        raise SessionError(409, f"session {session_id} cannot start a call: it is {plan.state}")
    return await run_in_threadpool(_own_grant, database, staff, session_id, maker)


@router.get("/{session_id}/grant", responses={**_AUTH, **_ROUTED, **_CONFLICT})
def staff_grant(
    session_id: SessionId, staff: SessionStaff, session: SessionDep, rooms: MaybeRoomsDep
) -> GrantOut:
    vs = staff_side.own_call(session, staff, session_id)
    if vs.state not in IN_ROOM:  # before the 503 of a service without media: say what it is
        raise SessionError(409, f"the call has no room now: the session is {vs.state}")
    person = next(p for p in calls.participants(session, vs) if p.staff_id == staff.id)
    return calls.grant(session, vs, person, require(rooms))


@router.post("/{session_id}/report", responses={**_AUTH, **_ROUTED})
def staff_report(
    session_id: SessionId,
    body: CallReport,
    staff: SessionStaff,
    session: SessionDep,
    ctx: ContextDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
    background: BackgroundTasks,
    recording: MaybeRecordingDep,
    database: DatabaseDep,
) -> ClaimOut:
    """What the staff member's call did; a drop closes the recording's segment and joining
    again starts the next, as for the terminal (a segment holds one feed per participant)."""
    vs = staff_side.own_call(session, staff, session_id)
    room = calls.live_room(session, vs)
    actor = _actor(staff)
    after_terminal_event(
        background, recording, vs.public_id, calls.room_of(session, vs), body.event, actor
    )
    if calls.report(session, vs, body.event, actor, ctx.now):
        background.add_task(notice_for(session, vs).send, bus)
        if calls.ended(vs):
            side = side_talk_end.end_with_session(session, vs, actor, body.event, ctx.now)
            side_talk_end.wind_up_later(background, side, database, rooms, recording)
            destroy_later(background, rooms, room)
    return ClaimOut(session_id=vs.public_id, state=vs.state)


@router.put("/{session_id}/caption", responses={**_AUTH, **_ROUTED})
def set_caption(
    session_id: SessionId, body: Caption, staff: SessionStaff, session: SessionDep, ctx: ContextDep
) -> Caption:
    """The large text line shown on the resident's screen during the call (empty clears it).
    Its words are the resident's business: kept on the session only, never logged."""
    vs = staff_side.own_call(session, staff, session_id)
    vs.caption = body.text.strip() or None
    vs.updated_at = ctx.now
    return Caption(text=vs.caption or "")


@router.post("/{session_id}/hand-over", responses={**_AUTH, **_ROUTED, **_CONFLICT})
def hand_over(
    session_id: SessionId,
    body: HandOver,
    staff: SessionStaff,
    session: SessionDep,
    ctx: ContextDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
    background: BackgroundTasks,
    recording: MaybeRecordingDep,
    database: DatabaseDep,
) -> ClaimOut:
    """Back to the queue, or to a named colleague (only they see it until they claim it).
    During the call the resident stays in the room; the one who let go is put out of it, and
    a side talk they held ends (central.sessions.mediation.side_talk_end)."""
    handed = staff_side.hand_over(session, staff, session_id, body.to_username, ctx.now)
    vs = handed.session
    if handed.leaving is not None:
        revoke_later(background, rooms, handed.room, handed.leaving)
        side = side_talk_end.end_with_session(
            session, vs, _actor(staff), "handed_over", ctx.now, kept=handed.room
        )
        side_talk_end.wind_up_later(background, side, database, rooms, recording)
    background.add_task(notice_for(session, vs).send, bus)
    return ClaimOut(session_id=vs.public_id, state=vs.state)


@router.post("/{session_id}/end", responses={**_AUTH, **_ROUTED, **_CONFLICT})
def end(
    session_id: SessionId,
    body: EndSession,
    staff: SessionStaff,
    session: SessionDep,
    ctx: ContextDep,
    rooms: MaybeRoomsDep,
    bus: BusDep,
    background: BackgroundTasks,
    recording: MaybeRecordingDep,
    database: DatabaseDep,
) -> ClaimOut:
    """End the call with an outcome (completed, needs a visit, referred): completing, the
    room destroyed, completed; each step journaled and in the request's history."""
    vs = staff_side.own_call(session, staff, session_id)
    room = calls.live_room(session, vs)
    end_call(session, vs, _actor(staff), body.outcome, ctx.now)
    staff_side.record_outcome(session, staff, vs, body)
    background.add_task(notice_for(session, vs).send, bus)
    side = side_talk_end.end_with_session(session, vs, _actor(staff), body.outcome, ctx.now)
    side_talk_end.wind_up_later(background, side, database, rooms, recording)
    finish_later(background, recording, vs.public_id, room, _actor(staff))
    destroy_later(background, rooms, room)
    return ClaimOut(session_id=vs.public_id, state=vs.state)
