"""Destroying a finished session's room after the answer is sent (the database already says
the session ended; a room Janus could not destroy is logged and expires with its tokens), and
putting out of a kept room the staff member who handed its call over."""

from __future__ import annotations

import logging

from fastapi import BackgroundTasks

from central.media.errors import MediaError
from central.media.rooms import JanusRooms, Room

log = logging.getLogger(__name__)


async def _destroy(rooms: JanusRooms, room: Room) -> None:
    try:
        await rooms.destroy_room(room)
    except MediaError as err:
        log.warning("room %d was not destroyed: %s", room.room_id, err)


def destroy_later(background: BackgroundTasks, rooms: JanusRooms | None, room: Room | None) -> None:
    if rooms is not None and room is not None:
        background.add_task(_destroy, rooms, room)


async def _revoke(rooms: JanusRooms, room: Room, participant_id: str) -> None:
    try:
        await rooms.revoke(room, participant_id)
    except MediaError as err:
        log.warning("a participant was not put out of room %d: %s", room.room_id, err)


def revoke_later(
    background: BackgroundTasks, rooms: JanusRooms | None, room: Room | None, participant_id: str
) -> None:
    """Run before the tasks added after it (the live notice that lets a colleague claim)."""
    if rooms is not None and room is not None:
        background.add_task(_revoke, rooms, room, participant_id)
