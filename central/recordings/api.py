"""Recording routes: the handling staff member starts the recording after consent
(`POST /api/v1/sessions/{id}/recording`); the handling staff member and their supervisor
list and play the segments (`GET .../recordings`, `GET .../recordings/{n}`), every playback
journaled."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, Path, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api_client.schemas.recordings import RecordingStart, RecordingStatus, SegmentOut
from central.api.deps import CurrentStaff, DatabaseDep, SessionDep
from central.api.problems import problems
from central.db import Database
from central.journal import chain as journal
from central.media.rooms import JanusRooms, Room
from central.models import Staff
from central.recordings.access import playable_session
from central.recordings.at_rest import (
    Damaged,
    RecordingKeyError,
    create_key,
    load_key,
    open_sealed,
)
from central.recordings.live import RecordingControl, recording_now
from central.recordings.segments import (
    MUXED_NAME,
    journaled_segments,
    kind_of,
    number_of,
    subject_of,
)
from central.recordings.settings import RecordingSettings, recording_settings
from central.sessions import calls, staff_side
from central.sessions.deps import SessionId, SessionStaff
from central.sessions.errors import SessionError
from central.sessions.states import IN_ROOM
from central.settings import CentralSettings

router = APIRouter(prefix="/api/v1/sessions", tags=["recordings"])
_AUTH = problems(s401="staff token missing or expired", s403="not a notary, lawyer or clerk")
_PLAY = problems(
    s401="staff token missing or expired",
    s404="no such session, or not one you handled or supervise",
)
SegmentIndex = Annotated[int, Path(ge=1, le=1000, description="1 = the first segment")]


def install_recordings(app: FastAPI, settings: CentralSettings, database: Database) -> None:
    """The recording control beside the room maker (None without media settings). With the
    default store (no recordings settings) its key is made beside it at the first start, as
    the journal's is: without one no segment could be closed. A configured key file is the
    deployment's to provide."""
    app.state.recording_settings = recording_settings(settings.data_dir, settings.recordings)
    rooms: JanusRooms | None = getattr(app.state, "rooms", None)
    key_file = app.state.recording_settings.key_file
    if settings.recordings is None and settings.media is not None and not key_file.exists():
        create_key(key_file)
    app.state.recording_control = (
        None
        if rooms is None or settings.media is None
        else RecordingControl(database, rooms, settings.media, app.state.recording_settings)
    )


def _status(database: Database, public_id: str) -> RecordingStatus:
    with database.session() as session:
        now = recording_now(session, public_id)
    if now is None:
        return RecordingStatus(session_id=public_id, state="off")
    return RecordingStatus(session_id=public_id, state=now.state, segment=now.segment)


@router.post(
    "/{session_id}/recording",
    responses={**_AUTH, **problems(s404="no such session routed to you", s409="not in a call")},
)
async def start_recording(
    session_id: SessionId,
    body: RecordingStart,
    staff: SessionStaff,
    database: DatabaseDep,
    request: Request,
) -> RecordingStatus:
    """Start recording every participant (Janus, server side). Only the staff member whose
    call it is, only during the call, only after consent was read aloud and spoken."""
    room = await run_in_threadpool(_room_for_start, database, staff, session_id)
    control: RecordingControl | None = request.app.state.recording_control
    if control is None:
        raise SessionError(503, "video calls are not configured on this central service")
    consent = {"read_aloud": True, "spoken": True}
    await control.start(session_id, room, f"staff:{staff.username}", consent)
    return await run_in_threadpool(_status, database, session_id)


def _room_for_start(database: Database, staff: Staff, public_id: str) -> Room:
    with database.session() as session:
        vs = staff_side.own_call(session, staff, public_id)
        room = calls.room_of(session, vs)
        if vs.state not in IN_ROOM or room is None:
            raise SessionError(409, f"session {public_id} is not in a call (it is {vs.state})")
        return room


@router.get("/{session_id}/recording", responses=_PLAY)
def recording_status(
    session_id: SessionId, staff: CurrentStaff, session: SessionDep
) -> RecordingStatus:
    """Whether the call is being recorded (for the console's call page)."""
    staff_side.routed_session(session, staff, session_id)
    now = recording_now(session, session_id)
    if now is None:
        return RecordingStatus(session_id=session_id, state="off")
    return RecordingStatus(session_id=session_id, state=now.state, segment=now.segment)


@router.get("/{session_id}/recordings", responses=_PLAY)
def list_segments(
    session_id: SessionId, staff: CurrentStaff, session: SessionDep
) -> list[SegmentOut]:
    """The session's recorded segments, in the order they were closed: the main room's and,
    in a mediation, each side talk's, marked by `kind` (records from before side talks read
    as `main`)."""
    playable_session(session, staff, session_id)
    fields = SegmentOut.model_fields
    return [
        SegmentOut.model_validate(
            {
                **{k: v for k, v in r.items() if k in fields},
                "kind": kind_of(r),
                "number": number_of(r),
            }
        )
        for r in journaled_segments(session, session_id)
    ]


@router.get(
    "/{session_id}/recordings/{index}",
    response_class=Response,
    responses={
        **_PLAY,
        **problems(s410="the segment's file is gone or damaged (journal verify names it)"),
        200: {"content": {"video/webm": {}}},
    },
)
def play_segment(
    session_id: SessionId,
    index: SegmentIndex,
    staff: CurrentStaff,
    session: SessionDep,
    request: Request,
) -> Response:
    """One segment's side-by-side file, decrypted; the playback is journaled."""
    playable_session(session, staff, session_id)
    records = journaled_segments(session, session_id)
    if not 1 <= index <= len(records):
        raise SessionError(404, f"session {session_id} has {len(records)} segments; no {index}")
    settings: RecordingSettings = request.app.state.recording_settings
    stored_at = str(records[index - 1]["stored_at"])
    path = settings.store_dir / stored_at / f"{MUXED_NAME}.enc"
    try:
        plain = open_sealed(
            load_key(settings.key_file), path.read_bytes(), f"{stored_at}/{MUXED_NAME}"
        )
    except (OSError, Damaged, RecordingKeyError) as err:
        raise SessionError(
            410, f"segment {index} of session {session_id} cannot be played: {err}"
        ) from None
    journal.append(
        session,
        f"staff:{staff.username}",
        "recording.played",
        subject_of(session_id),
        {"segment": index},
    )
    return Response(plain, media_type="video/webm")
