"""The mediator's controls, each enforced on Janus: mute (VideoRoom `moderate` in the main
room), remove (join token withdrawn, publisher kicked, guest cookie dead), and the side talk
(a second room admitting only the mediator and one party, whose publishers in the main room
are muted for its length, so the others receive none of it whatever their client does).

A side talk is recorded when the mediation settings say so (`side_talks_recorded`, default
on) and the service records calls: the side room's recording is a segment of kind `side_talk`
of the session's recording (central.recordings.live), closed when the side talk ends, its
conversion run after the answer (`SideTalkClosing`). Not recorded, nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.mediation import MAX_PARTICIPANTS
from central.db import Database
from central.media.errors import MediaError
from central.media.rooms import JanusRooms, Room
from central.models import Staff
from central.recordings.live import RecordingControl
from central.sessions import calls
from central.sessions.deps import require
from central.sessions.errors import SessionError
from central.sessions.mediation import access
from central.sessions.mediation.models import MediationMember, MediationSideTalk
from central.sessions.mediation.side_talk_end import destroy_side_room
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
    recorder: RecordingControl | None = None,
) -> SideTalkClosing | None:
    """The participant leaves the call for good: their rows say so first (their cookie or
    terminal is refused from this commit on), then Janus withdraws their join token and kicks
    what they publish, in the main room and in a side talk (which ends: what closes its
    recording is returned, to be run after the answer)."""
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
        return None  # no room yet: the rows alone keep them out of the call to come
    maker = require(rooms)
    try:
        for each in (room, side_room):
            if each is not None:
                await maker.revoke(each, pid)
    except MediaError:
        if side_room is not None:  # Janus failed: the side talk ends all the same
            closing = await end_side_talk(database, maker, staff, session_id, now, recorder)
            if closing is not None:
                await closing()
        raise
    if side_room is not None:
        return await end_side_talk(database, maker, staff, session_id, now, recorder)
    return None


def _side_room(side: MediationSideTalk) -> Room:
    assert side.room_id is not None and side.room_secret is not None
    return Room(side.room_id, side.room_secret, dict(side.join_tokens))


@dataclass(frozen=True)
class SidePlan:
    public_id: str
    main: Room
    mediator: str
    party: str
    participants: list[dict[str, str]]  # participant id and role of each, for the recording


@dataclass(frozen=True)
class SideTalkClosing:
    """Closing a side talk's segment (conversion takes seconds): run after the answer."""

    recorder: RecordingControl
    public_id: str
    number: int
    actor: str

    async def __call__(self) -> None:
        await self.recorder.close_side_talk(self.public_id, self.number, self.actor)


def _side_plan(database: Database, staff: Staff, session_id: str, pid: str) -> SidePlan:
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        everyone = people(session, caller.vs)
        person = _party(everyone, pid)
        if person.participant_id == caller.participant_id:
            raise SessionError(422, "participant_id must be a party, not the mediator")
        if active_side_talk(session, caller.vs) is not None:
            raise SessionError(409, "a side talk is already on: end it first")
        room = _main_room(caller.vs, calls.room_of(session, caller.vs))
        participants = [
            {"participant_id": caller.participant_id, "role": "mediator"},
            {"participant_id": person.participant_id, "role": person.role},
        ]
        return SidePlan(caller.vs.public_id, room, caller.participant_id, pid, participants)


async def start_side_talk(
    database: Database,
    rooms: JanusRooms,
    staff: Staff,
    session_id: str,
    pid: str,
    recorder: RecordingControl | None,
    now: datetime,
) -> None:
    """`recorder` None: the side talk is not recorded (the setting is off), nothing written."""
    plan = _side_plan(database, staff, session_id, pid)
    actor = f"staff:{staff.username}"
    side = await rooms.create_room(
        [plan.mediator, plan.party],
        description=f"side talk {session_id}",
        publishers=3,
        subscribers_must_publish=True,  # a feed id alone lets nobody else subscribe
    )
    folder = None
    try:
        if recorder is not None:
            _number, folder = await recorder.start_side_talk(
                plan.public_id, side, plan.participants, actor
            )
        for who in (plan.mediator, plan.party):
            await rooms.moderate(plan.main, who, True)
    except Exception:
        if recorder is not None and folder is not None:  # its (empty) segment is closed
            number = await recorder.stop_side_talk(plan.public_id, side, actor)
            if number is not None:
                await recorder.close_side_talk(plan.public_id, number, actor)
        await rooms.destroy_room(side)
        raise
    with database.session() as session:
        caller = access.mediator(session, staff, session_id)
        session.add(
            MediationSideTalk(
                session_id=caller.vs.id,
                with_participant=plan.party,
                started_at=now,
                recorded=recorder is not None,
                room_id=side.room_id,
                room_secret=side.secret,
                join_tokens=dict(side.join_tokens),
                segment_folder=str(folder) if folder else None,
            )
        )


async def end_side_talk(
    database: Database,
    rooms: JanusRooms,
    staff: Staff,
    session_id: str,
    now: datetime,
    recorder: RecordingControl | None = None,
) -> SideTalkClosing | None:
    """The side room's recording is stopped, the room destroyed, and the two publishers in the
    main room unmuted (unless the mediator had muted the party before); what closes the side
    talk's segment is returned, to be run after the answer. Janus not answering does not keep
    the segment open (central.sessions.mediation.side_talk_end); a failed unmute is raised
    once the segment is closed."""
    return await close_side_talk_of(
        database,
        rooms,
        lambda session: access.mediator(session, staff, session_id).vs,
        f"staff:{staff.username}",
        now,
        recorder,
    )


async def close_side_talk_of(
    database: Database,
    rooms: JanusRooms,
    find: Callable[[Session], VideoSession],
    actor: str,
    now: datetime,
    recorder: RecordingControl | None = None,
) -> SideTalkClosing | None:
    """`end_side_talk` for the session `find` returns (also when a party leaves for good)."""
    with database.session() as session:
        vs = find(session)
        public_id = vs.public_id
        side = active_side_talk(session, vs)
        if side is None:
            raise SessionError(409, "no side talk is on")
        side.ended_at = now
        side_room = _side_room(side)
        main = calls.room_of(session, vs) if calls.has_room(vs) else None
        restore = {
            m.participant_id: m.muted
            for m in session.scalars(
                select(MediationMember).where(
                    MediationMember.session_id == vs.id,
                    MediationMember.participant_id.in_(list(side.join_tokens)),
                    MediationMember.removed_at.is_(None),
                )
            )
        }
        recorded = side.recorded
    closing = None
    if recorded and recorder is not None:
        number = await recorder.stop_side_talk(public_id, side_room, actor)
        if number is not None:
            closing = SideTalkClosing(recorder, public_id, number, actor)
    await destroy_side_room(database, rooms, side_room, public_id, actor)
    try:
        if main is not None:
            for who, muted in restore.items():
                await rooms.moderate(main, who, muted)
    except MediaError:
        if closing is not None:  # the segment closes before the mediator is told
            await closing()
        raise
    return closing


def publishers_for(kind: str) -> int | None:
    """A mediation's main room holds every party admitted later (up to MAX_PARTICIPANTS)."""
    return MAX_PARTICIPANTS + 1 if kind == "mediation" else None
