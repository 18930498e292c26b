"""A participant's grant to the main room or, only while they are in the side talk, to the
side room. A party admitted after the main room was made (an invited guest) is admitted to
it on their first grant: a fresh join token in the room's `allowed` list."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from api_client.schemas.mediation import RoomName
from api_client.schemas.sessions import GrantOut, IceServerOut
from central.db import Database
from central.media.rooms import JanusRooms, ParticipantGrant, Room
from central.sessions import calls
from central.sessions.errors import SessionError
from central.sessions.mediation.access import Caller
from central.sessions.mediation.view import active_side_talk, people

Find = Callable[[Session], Caller]


def _out(given: ParticipantGrant) -> GrantOut:
    return GrantOut(
        participant_id=given.participant_id,
        janus_url=given.janus_url,
        room_id=given.room_id,
        janus_token=given.janus_token,
        join_token=given.join_token,
        ice_servers=[IceServerOut(**s.as_dict()) for s in given.ice_servers],
        expires_at=given.expires_at,
        max_video_bps=given.max_video_bps,
    )


async def grant(database: Database, rooms: JanusRooms, find: Find, room: RoomName) -> GrantOut:
    with database.session() as session:
        caller = find(session)
        pid = caller.participant_id
        if room == "side":
            side = active_side_talk(session, caller.vs)
            if side is None or pid not in side.join_tokens:
                raise SessionError(403, "you are not in the side talk: only room=main for you")
            assert side.room_id is not None and side.room_secret is not None
            return _out(rooms.grant(Room(side.room_id, side.room_secret, side.join_tokens), pid))
        if not calls.has_room(caller.vs):
            raise SessionError(409, f"the call has no room now: the session is {caller.vs.state}")
        main = calls.room_of(session, caller.vs)
        assert main is not None
        if pid in main.join_tokens:
            return _out(rooms.grant(main, pid))
    admitted = await rooms.admit(main, pid)
    with database.session() as session:
        caller = find(session)
        for person in people(session, caller.vs):
            if person.participant_id == pid:
                person.join_token = admitted.join_tokens[pid]
    return _out(rooms.grant(admitted, pid))
