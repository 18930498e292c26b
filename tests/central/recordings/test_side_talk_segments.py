"""A mediation's side talk as its own segment of the session's recording, without Janus: the
journal and segment logic on SQLite (the two kinds, each numbered apart, in one linked chain
that `journal verify` checks; old records read as main), and the mediator's side talk through
central.sessions.mediation.controls with Janus's room API mocked at its edge: recorded, it is
journaled, closed as a `side_talk` segment naming its participants and listed as such by the
recordings API; with the setting off nothing is written. Real media:
tests/e2e/test_mediation_chain.py."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest.mock import create_autospec

import pytest
from sqlalchemy import select

from central.db import Database
from central.journal import chain as journal
from central.media.rooms import JanusRooms, Room
from central.models import JournalEntry
from central.recordings.at_rest import create_key
from central.recordings.convert import ConversionFailed
from central.recordings.live import (
    SIDE_STARTED,
    SIDE_STOPPED,
    RecordingControl,
    recording_now,
    recording_settled,
)
from central.recordings.segments import (
    SEGMENT_ACTION,
    SegmentKind,
    close_segment,
    journaled_segments,
    record_hash,
    segments_of,
    subject_of,
)
from central.recordings.settings import RecordingSettings
from central.recordings.verify import verify_recordings
from central.sessions.mediation import controls
from central.sessions.mediation.models import MediationSideTalk
from central.sessions.models import VideoSession
from tests.central.mediation.support import Mediation, mediation_in_call, mediator_of
from tests.helpers.media import media_settings

SID = "vs_sidetalk"
PEOPLE = [
    {"participant_id": "staff-1", "role": "mediator"},
    {"participant_id": "res-1", "role": "resident"},
]


@pytest.fixture
def store(tmp_path: Path) -> RecordingSettings:
    settings = RecordingSettings(store_dir=tmp_path / "store", key_file=tmp_path / "rec.key")
    create_key(settings.key_file)
    return settings


def _close(
    db: Database, store: RecordingSettings, tmp: Path, number: int, kind: SegmentKind
) -> dict[str, Any]:
    """Close a segment whose raw folder holds nothing playable (its record is still kept)."""
    folder = tmp / f"raw-{kind}-{number}"
    folder.mkdir()
    now = datetime.now(UTC)
    people = PEOPLE if kind == "side_talk" else None
    with pytest.raises(ConversionFailed):
        close_segment(
            db, store, SID, folder, now, now, "test", number, kind=kind, participants=people
        )
    with db.session() as session:
        return journaled_segments(session, SID)[-1]


def test_side_talks_are_numbered_apart_in_one_linked_chain(
    db: Database, store: RecordingSettings, tmp_path: Path
) -> None:
    """GIVEN main segment 1, side talk 1, main segment 2, side talk 2 closed in that order
    THEN each keeps its kind's number, all four form one chain by index that `journal verify`
    accepts, only the side talks name participants, and the act's evidence says which is which."""
    order: list[tuple[int, SegmentKind]] = [
        (1, "main"),
        (1, "side_talk"),
        (2, "main"),
        (2, "side_talk"),
    ]
    records = [_close(db, store, tmp_path, n, kind) for n, kind in order]
    assert [(r["index"], r["kind"], r["number"]) for r in records] == [
        (1, "main", 1),
        (2, "side_talk", 1),
        (3, "main", 2),
        (4, "side_talk", 2),
    ]
    assert all(b["prev_sha256"] == a["record_sha256"] for a, b in itertools.pairwise(records))
    assert records[1]["participants"] == PEOPLE and "participants" not in records[0]
    with db.session() as session:
        assert verify_recordings(session, store).problems == []
        evidence = segments_of(session, VideoSession(public_id=SID))
    assert [(e.kind, e.number) for e in evidence] == [(k, n) for n, k in order]
    assert evidence[3].participants == tuple(PEOPLE)
    # the main room's numbering is its own: main segment 4 cannot close after main 2
    with pytest.raises(ValueError, match="main segment 4 of vs_sidetalk closes after 2"):
        close_segment(db, store, SID, tmp_path, datetime.now(UTC), datetime.now(UTC), "t", 4)


def test_a_record_from_before_side_talks_reads_as_main(
    db: Database, store: RecordingSettings
) -> None:
    old: dict[str, Any] = {
        "index": 1,
        "started_at": "2026-11-01T10:00:00+00:00",
        "ended_at": "2026-11-01T10:05:00+00:00",
        "duration_s": 300.0,
        "feeds": [],
        "raw_sha256": {},
        "file_sha256": "",
        "prev_sha256": "",
        "stored_at": f"{SID}/segment-1",
    }
    old["record_sha256"] = record_hash(old)
    with db.session() as session:
        journal.append(session, "test", SEGMENT_ACTION, subject_of(SID), old)
    with db.session() as session:
        (evidence,) = segments_of(session, VideoSession(public_id=SID))
    assert (evidence.kind, evidence.number, evidence.participants) == ("main", 1, ())


@pytest.fixture
def mediation(tmp_path: Path) -> Iterator[Mediation]:
    """The committee's mediator holding a resident's mediation whose main room exists (the
    room's ids written as the connect route would, Janus itself is mocked)."""
    with mediation_in_call(tmp_path, 1001) as scene:
        yield scene


def _janus(side_tokens: dict[str, str]) -> Any:
    rooms = create_autospec(JanusRooms, instance=True)
    rooms.create_room.return_value = Room(2002, "side-secret", side_tokens)
    return rooms


def _resident(m: Mediation) -> str:
    you = m.central.client.get(
        f"/api/v1/terminal/sessions/{m.session_id}/mediation", headers=m.resident_terminal
    )
    assert you.status_code == 200, you.text
    return str(you.json()["you"])


def _entries(database: Database, sid: str) -> list[tuple[str, dict[str, Any]]]:
    with database.session() as session:
        rows = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.subject == subject_of(sid), JournalEntry.action.like("recording%"))
            .order_by(JournalEntry.seq)
        )
        return [(r.action, dict(r.payload)) for r in rows]


def test_a_recorded_side_talk_is_listed_as_its_own_segment_naming_its_participants(
    mediation: Mediation, tmp_path: Path
) -> None:
    """GIVEN side talks recorded (the default) WHEN the mediator holds one with the resident
    and ends it THEN the side room records into a folder of its own, the start and stop are
    journaled without touching the main room's recording, and once closed the recordings API
    lists a `side_talk` segment naming the mediator and the resident by id and role."""
    m, database = mediation, mediation.central.database
    staff, resident = mediator_of(database), _resident(mediation)
    media = media_settings(tmp_path / "media")  # no Janus starts: only its folders are used
    store = m.central.app.state.recording_settings
    create_key(store.key_file)  # the service makes it when it runs with Janus
    rooms = _janus({"mediator": "t1", resident: "t2"})
    recorder = RecordingControl(database, rooms, media, store)
    now = datetime.now(UTC)
    asyncio.run(
        controls.start_side_talk(database, rooms, staff, m.session_id, resident, recorder, now)
    )
    folder = rooms.record.await_args.args[1]
    assert folder == media.recordings_dir / "2002" / "side-talk-1"
    (started,) = _entries(database, m.session_id)
    mediator_id = started[1]["participants"][0]["participant_id"]
    assert started[0] == SIDE_STARTED
    assert started[1]["participants"] == [
        {"participant_id": mediator_id, "role": "mediator"},
        {"participant_id": resident, "role": "resident"},
    ]
    with database.session() as session:
        assert recording_now(session, m.session_id) is None  # the main room's is its own
        assert not recording_settled(session, VideoSession(public_id=m.session_id))
    folder.mkdir(parents=True)  # Janus wrote nothing playable: the record is kept all the same
    closing = asyncio.run(
        controls.end_side_talk(database, rooms, staff, m.session_id, now, recorder)
    )
    assert closing is not None
    assert rooms.record.await_args.args[1] is None  # stopped before the room went
    asyncio.run(closing())
    actions = [a for a, _p in _entries(database, m.session_id)]
    assert actions[:3] == [SIDE_STARTED, SIDE_STOPPED, "recording.raw"]
    assert SEGMENT_ACTION in actions
    with database.session() as session:
        assert recording_settled(session, VideoSession(public_id=m.session_id))
    listed = m.central.client.get(f"/api/v1/sessions/{m.session_id}/recordings", headers=m.mediator)
    assert listed.status_code == 200, listed.text
    (segment,) = listed.json()
    assert (segment["index"], segment["kind"], segment["number"]) == (1, "side_talk", 1)
    assert segment["participants"] == started[1]["participants"]
    with database.session() as session:
        assert verify_recordings(session, store).problems == []


def test_with_side_talks_not_recorded_nothing_is_written(
    mediation: Mediation, tmp_path: Path
) -> None:
    """GIVEN `side_talks_recorded` off (the routes then pass no recorder) WHEN a side talk is
    held and ended THEN Janus is never asked to record, nothing is journaled or written, and
    the mediator's view says the side talk is not recorded."""
    m, database = mediation, mediation.central.database
    staff, resident = mediator_of(database), _resident(mediation)
    rooms = _janus({"mediator": "t1", resident: "t2"})
    now = datetime.now(UTC)
    asyncio.run(controls.start_side_talk(database, rooms, staff, m.session_id, resident, None, now))
    shown = m.central.client.get(
        f"/api/v1/staff/sessions/{m.session_id}/mediation", headers=m.mediator
    )
    assert shown.json()["side_talk"]["recorded"] is False, shown.text
    with database.session() as session:
        row = session.scalars(select(MediationSideTalk)).one()
        assert (row.recorded, row.segment_folder) == (False, None)
    assert asyncio.run(controls.end_side_talk(database, rooms, staff, m.session_id, now)) is None
    rooms.record.assert_not_awaited()
    assert _entries(database, m.session_id) == []
    store_dir = m.central.app.state.recording_settings.store_dir
    assert not store_dir.exists() or not any(store_dir.rglob("*"))
