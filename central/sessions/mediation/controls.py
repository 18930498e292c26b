"""The mediator's controls, each enforced on Janus: mute (VideoRoom `moderate` in the main
room), remove (join token withdrawn, publisher kicked, guest cookie dead), and the side talk
(a second room admitting only the mediator and one party, whose publishers in the main room
are muted for its length, so the others receive none of it whatever their client does)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from api_client.schemas.mediation import MAX_PARTICIPANTS
from central.db import Database
from central.media.rooms import JanusRooms, Room
from central.models import Staff
from central.sessions import calls
from central.sessions.deps import require
from central.sessions.errors import SessionError
from central.sessions.mediation import access
from central.sessions.mediation.models import MediationMember, MediationSideTalk
from central.sessions.mediation.view import active_side_talk, member, people
from central.sessions.models import SessionParticipant, VideoSession


def _main_room(vs: VideoSession, room: Room | None) -> Room:
    if room is None or not calls.has_room(vs):
        raise SessionError(409, f"the call has no room now: the session is {vs.state}")
    return room


def _party(session_people: list[SessionParticipant], participant_id: str) -> SessionParticipant:
    for person in session_people:
        if person.participant_id == participant_id:
            return person
    raise SessionError(404, f"no participant {participant_id} in this call")


async def mute(
    database: Database, rooms: JanusRooms, staff: Staff, session_id: str, pid: str, muted: bool
) -> None:
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        person = _party(people(session, caller.vs), pid)
        member(session, caller.vs, person).muted = muted
        room = _main_room(caller.vs, calls.room_of(session, caller.vs))
        in_side = (side := active_side_talk(session, caller.vs)) is not None and (
            pid in side.join_tokens
        )
    if not in_side:  # in a side talk the main room's publisher stays muted until it ends
        await rooms.moderate(room, pid, muted)


async def remove(
    database: Database,
    rooms: JanusRooms | None,
    staff: Staff,
    session_id: str,
    pid: str,
    now: datetime,
) -> None:
    """The participant leaves the call for good: their rows say so first (their cookie or
    terminal is refused from this commit on), then Janus withdraws their join token and kicks
    what they publish, in the main room and in a side talk."""
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        if pid == caller.participant_id:
            raise SessionError(409, "the mediator cannot remove themselves: end the session")
        person = _party(people(session, caller.vs), pid)
        member(session, caller.vs, person).removed_at = now
        person.left_at = now
        room = calls.room_of(session, caller.vs) if calls.has_room(caller.vs) else None
        if room is not None and person.join_token:
            room = Room(room.room_id, room.secret, {**room.join_tokens, pid: person.join_token})
        side = active_side_talk(session, caller.vs)
        side_room = _side_room(side) if side and pid in side.join_tokens else None
    if room is None and side_room is None:
        return  # no room yet: the rows alone keep them out of the call to come
    maker = require(rooms)
    for each in (room, side_room):
        if each is not None:
            await maker.revoke(each, pid)
    if side_room is not None:
        await end_side_talk(database, maker, staff, session_id, now)


def _side_room(side: MediationSideTalk) -> Room:
    assert side.room_id is not None and side.room_secret is not None
    return Room(side.room_id, side.room_secret, dict(side.join_tokens))


@dataclass(frozen=True)
class SidePlan:
    main: Room
    mediator: str
    party: str
    recorded: bool
    folder: Path | None


def _side_plan(
    database: Database, staff: Staff, session_id: str, pid: str, recorded: bool, base: Path
) -> SidePlan:
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        person = _party(people(session, caller.vs), pid)
        if person.participant_id == caller.participant_id:
            raise SessionError(422, "participant_id must be a party, not the mediator")
        if active_side_talk(session, caller.vs) is not None:
            raise SessionError(409, "a side talk is already on: end it first")
        room = _main_room(caller.vs, calls.room_of(session, caller.vs))
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        folder = base / caller.vs.public_id / f"side-talk-{stamp}-{secrets.token_hex(3)}"
        return SidePlan(room, caller.participant_id, pid, recorded, folder if recorded else None)


async def start_side_talk(
    database: Database,
    rooms: JanusRooms,
    staff: Staff,
    session_id: str,
    pid: str,
    recorded: bool,
    recordings_dir: Path,
    now: datetime,
) -> None:
    plan = _side_plan(database, staff, session_id, pid, recorded, recordings_dir)
    side = await rooms.create_room(
        [plan.mediator, plan.party],
        description=f"side talk {session_id}",
        publishers=3,
        subscribers_must_publish=True,  # a feed id alone lets nobody else subscribe
    )
    try:
        if plan.folder is not None:
            await rooms.record(side, plan.folder)
        for who in (plan.mediator, plan.party):
            await rooms.moderate(plan.main, who, True)
    except Exception:
        await rooms.destroy_room(side)
        raise
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        session.add(
            MediationSideTalk(
                session_id=caller.vs.id,
                with_participant=plan.party,
                started_at=now,
                recorded=plan.recorded,
                room_id=side.room_id,
                room_secret=side.secret,
                join_tokens=dict(side.join_tokens),
                segment_folder=str(plan.folder) if plan.folder else None,
            )
        )


async def end_side_talk(
    database: Database, rooms: JanusRooms, staff: Staff, session_id: str, now: datetime
) -> None:
    """The side room's recording is closed, the room destroyed, and the two publishers in the
    main room unmuted (unless the mediator had muted the party before)."""
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        side = active_side_talk(session, caller.vs)
        if side is None:
            raise SessionError(409, "no side talk is on")
        side.ended_at = now
        side_room = _side_room(side)
        main = calls.room_of(session, caller.vs) if calls.has_room(caller.vs) else None
        restore = {
            m.participant_id: m.muted
            for m in session.scalars(
                select(MediationMember).where(
                    MediationMember.session_id == caller.vs.id,
                    MediationMember.participant_id.in_(list(side.join_tokens)),
                    MediationMember.removed_at.is_(None),
                )
            )
        }
        recorded = side.recorded
    if recorded:
        await rooms.record(side_room, None)
    await rooms.destroy_room(side_room)
    if main is not None:
        for who, muted in restore.items():
            await rooms.moderate(main, who, muted)


def publishers_for(kind: str) -> int | None:
    """A mediation's main room holds every party admitted later (up to MAX_PARTICIPANTS)."""
    return MAX_PARTICIPANTS + 1 if kind == "mediation" else None
