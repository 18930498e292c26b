"""What the session routes tell the recording: a drop pauses it (the segment closes), the
resident back in the call resumes it (the next segment), the end finishes it. Run as
background tasks after the answer, before the room is destroyed."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import BackgroundTasks, Depends, Request

from central.media.errors import MediaError
from central.media.rooms import Room
from central.recordings.live import RecordingControl, StopReason

log = logging.getLogger(__name__)


def optional_control(request: Request) -> RecordingControl | None:
    control: RecordingControl | None = getattr(request.app.state, "recording_control", None)
    return control


MaybeRecordingDep = Annotated[RecordingControl | None, Depends(optional_control)]


async def _stop(
    control: RecordingControl, public_id: str, room: Room, actor: str, reason: StopReason
) -> None:
    try:
        await control.stop(public_id, room, actor, reason)
    except MediaError as err:
        log.warning("the recording of %s was not stopped: %s", public_id, err)


async def _resume(control: RecordingControl, public_id: str, room: Room, actor: str) -> None:
    try:
        await control.resume(public_id, room, actor)
    except MediaError as err:
        log.warning("the recording of %s did not resume: %s", public_id, err)


def after_terminal_event(
    background: BackgroundTasks,
    control: RecordingControl | None,
    public_id: str,
    room: Room | None,
    event: str,
    actor: str,
) -> None:
    if control is None or room is None:
        return
    if event in ("dropped", "reconnecting", "failed"):
        background.add_task(_stop, control, public_id, room, actor, "drop")
    elif event == "joined":
        background.add_task(_resume, control, public_id, room, actor)


def finish_later(
    background: BackgroundTasks,
    control: RecordingControl | None,
    public_id: str,
    room: Room | None,
    actor: str,
) -> None:
    """Add before the room's destruction: the last segment closes first."""
    if control is not None and room is not None:
        background.add_task(_stop, control, public_id, room, actor, "end")
