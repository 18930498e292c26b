"""A mediation that ends while a side talk is on ends the side talk first, whatever ends it
(the mediator's End, a participant's report that the call failed, the resident leaving), and
so does handing the call over (the mediator who lets go leaves the side room with the call).

In the caller's transaction the side talk is marked ended (so nobody is granted its room any
more and the mediation's view drops it); after the answer, before the main room's recording
finishes and the main room goes, the side room's recording is stopped, the side room destroyed
and its segment closed (converted, hashed, journaled) as when the mediator ends a side talk.
Unmuting the two publishers in the main room is moot when that room goes with the session; a
call handed over keeps its room, and they are unmuted in it as the mediator left them.

Janus unreachable: the session has ended all the same; the stop is journaled, the segment
closed with what was written, and the room left to expire, the problem journaled by room id
and error (no names). Ending twice finds no side talk on the second time: nothing happens."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from fastapi import BackgroundTasks
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Database
from central.journal import chain as journal
from central.media.errors import MediaError
from central.media.rooms import JanusRooms, Room
from central.recordings.live import RecordingControl
from central.sessions.mediation.models import MediationMember
from central.sessions.mediation.view import active_side_talk
from central.sessions.models import VideoSession

log = logging.getLogger(__name__)

ROOM_NOT_DESTROYED = "mediation.side_talk.room_not_destroyed"


@dataclass(frozen=True)
class SideTalkWindUp:
    """What is left to do at Janus and in the recording of a side talk ended with its session."""

    public_id: str
    side: Room | None  # None: the side talk's room was never made
    recorded: bool
    actor: str
    kept: Room | None = None  # the main room when it stays (a hand-over): unmuted in it
    restore: tuple[tuple[str, bool], ...] = ()  # participant id, muted by the mediator


def end_with_session(
    session: Session,
    vs: VideoSession,
    actor: str,
    reason: str,
    now: datetime,
    kept: Room | None = None,
) -> SideTalkWindUp | None:
    """Mark the session's running side talk ended (in the caller's transaction); None when
    none is on. Journals that it ended with the session and why (`reason`, e.g. the end
    reason of the session; no personal data). `kept`: the main room, when it stays (the call
    handed over): the side talk's parties are unmuted in it as the mediator left them."""
    if vs.kind != "mediation":
        return None
    side = active_side_talk(session, vs)
    if side is None:
        return None
    side.ended_at = now
    room = None
    if side.room_id is not None and side.room_secret is not None:
        room = Room(side.room_id, side.room_secret, dict(side.join_tokens))
    journal.append(
        session,
        actor,
        "mediation.side_talk.ended",
        f"session:{vs.public_id}",
        {"reason": reason[:32], "recorded": side.recorded},
    )
    restore: tuple[tuple[str, bool], ...] = ()
    if kept is not None:
        restore = tuple(
            (m.participant_id, m.muted)
            for m in session.scalars(
                select(MediationMember).where(
                    MediationMember.session_id == vs.id,
                    MediationMember.participant_id.in_(list(side.join_tokens)),
                    MediationMember.removed_at.is_(None),
                )
            )
        )
    return SideTalkWindUp(vs.public_id, room, side.recorded, actor, kept, restore)


async def destroy_side_room(
    database: Database, rooms: JanusRooms, side: Room, public_id: str, actor: str
) -> None:
    """Destroy the side room; when Janus does not answer, log and journal it (the room id and
    the error, no names) and go on: the room expires with its tokens."""
    try:
        await rooms.destroy_room(side)
    except MediaError as err:
        log.warning("side room %d was not destroyed: %s", side.room_id, err)
        with database.session() as session:
            journal.append(
                session,
                actor,
                ROOM_NOT_DESTROYED,
                f"session:{public_id}",
                {"room": side.room_id, "error": str(err)[:300]},
            )


async def wind_up(
    plan: SideTalkWindUp,
    database: Database,
    rooms: JanusRooms | None,
    recorder: RecordingControl | None,
) -> None:
    """Stop the side room's recording, destroy the room, close the segment; a Janus that does
    not answer is journaled and does not keep the segment open."""
    number = None
    if plan.recorded and recorder is not None and plan.side is not None:
        number = await recorder.stop_side_talk(plan.public_id, plan.side, plan.actor)
    if rooms is not None and plan.side is not None:
        await destroy_side_room(database, rooms, plan.side, plan.public_id, plan.actor)
    if rooms is not None and plan.kept is not None:
        try:
            for who, muted in plan.restore:
                await rooms.moderate(plan.kept, who, muted)
        except MediaError as err:
            log.warning("room %d was not unmuted after a side talk: %s", plan.kept.room_id, err)
    if number is not None and recorder is not None:
        await recorder.close_side_talk(plan.public_id, number, plan.actor)


def wind_up_later(
    background: BackgroundTasks,
    plan: SideTalkWindUp | None,
    database: Database,
    rooms: JanusRooms | None,
    recorder: RecordingControl | None,
) -> None:
    """Add before the main recording's finish and the main room's destruction."""
    if plan is not None:
        background.add_task(wind_up, plan, database, rooms, recorder)
