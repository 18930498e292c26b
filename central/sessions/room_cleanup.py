"""Destroying a finished session's room after the answer is sent (the database already says
the session ended; a room Janus could not destroy is logged and expires with its tokens)."""

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
