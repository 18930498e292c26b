"""The call's side of a session: the room on Janus, each participant's grant, what the
participants report, and the end. The room is made when the call starts connecting and
destroyed when the session ends; only the central service (the admin_key holder) does either."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import GrantOut, IceServerOut
from central.media.rooms import JanusRooms, Room
from central.sessions.errors import SessionError
from central.sessions.models import SessionParticipant, VideoSession
from central.sessions.states import ENDED, IN_ROOM, ROOM_KEPT, state_after_report
from central.sessions.transitions import move


def participants(session: Session, vs: VideoSession) -> list[SessionParticipant]:
    return list(
        session.scalars(
            select(SessionParticipant)
            .where(SessionParticipant.session_id == vs.id, SessionParticipant.left_at.is_(None))
            .order_by(SessionParticipant.id)
        )
    )


def store_room(session: Session, vs: VideoSession, room: Room, actor: str) -> bool:
    """Record the room and move claimed -> connecting; False when another worker did first
    (the caller destroys its own room then)."""
    try:
        move(session, vs, "connecting", actor, room_id=room.room_id, room_secret=room.secret)
    except SessionError:
        return False
    for person in participants(session, vs):
        person.join_token = room.join_tokens.get(person.participant_id)
    return True


def has_room(vs: VideoSession) -> bool:
    """Whether the session's room exists now: from connecting to the end, and while a call
    handed over waits for a colleague (the resident stays in it)."""
    return vs.room_id is not None and (vs.state in IN_ROOM or vs.state in ROOM_KEPT)


def live_room(session: Session, vs: VideoSession) -> Room | None:
    """The room to destroy when `vs` ends now (None: it has none)."""
    return room_of(session, vs) if has_room(vs) else None


def room_of(session: Session, vs: VideoSession) -> Room | None:
    if vs.room_id is None or vs.room_secret is None:
        return None
    tokens = {p.participant_id: p.join_token for p in participants(session, vs) if p.join_token}
    return Room(vs.room_id, vs.room_secret, tokens)


def grant(
    session: Session, vs: VideoSession, person: SessionParticipant, rooms: JanusRooms
) -> GrantOut:
    if not has_room(vs):
        raise SessionError(409, f"the call has no room now: the session is {vs.state}")
    room = room_of(session, vs)
    if room is None or person.participant_id not in room.join_tokens:
        raise SessionError(409, "you are not admitted to this call's room")
    given = rooms.grant(room, person.participant_id)
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


def report(session: Session, vs: VideoSession, event: str, actor: str, now: datetime) -> bool:
    """Apply a participant's report; True when the session moved. A repeat or a report that
    no longer applies (the call ended meanwhile) changes nothing."""
    target = state_after_report(vs.state, event)
    if target is None:
        return False
    values: dict[str, object] = {}
    if target == "in_call" and vs.started_at is None:
        values["started_at"] = now
    if target == "failed":
        values |= {"ended_at": now, "end_reason": "connection_failed"}
    try:
        move(session, vs, target, actor, event, **values)
    except SessionError:
        return False
    return True


def ended(vs: VideoSession) -> bool:
    return vs.state in ENDED
