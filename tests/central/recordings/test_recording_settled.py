"""When a notarial act may be opened: only once nothing of its recording is still being closed
(the drop test found an act sealed naming segment 1 while segment 2 was still converting); and
a segment whose conversion failed is still closed, on record and linked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central.db import Database
from central.journal import chain as journal
from central.recordings.at_rest import create_key
from central.recordings.convert import ConversionFailed
from central.recordings.live import STARTED, STOPPED, UNCONVERTED, recording_settled
from central.recordings.segments import (
    SEGMENT_ACTION,
    close_segment,
    journaled_segments,
    subject_of,
)
from central.recordings.settings import RecordingSettings
from central.recordings.verify import verify_recordings
from central.sessions.models import VideoSession

SID = "vs_settled"


def _entry(db: Database, action: str, payload: dict[str, object]) -> None:
    with db.session() as session:
        journal.append(session, "test", action, subject_of(SID), payload)


def _settled(db: Database, ended_ago: timedelta = timedelta(0)) -> bool:
    video = VideoSession(public_id=SID, ended_at=datetime.now(UTC) - ended_ago)
    with db.session() as session:
        return recording_settled(session, video)


def test_the_act_waits_for_every_segment_to_be_closed(db: Database) -> None:
    assert _settled(db)  # never recorded: nothing to wait for
    _entry(db, STARTED, {"segment": 1})
    assert not _settled(db)  # on: the end route has not stopped it yet
    _entry(db, STOPPED, {"segment": 1, "reason": "drop"})
    _entry(db, SEGMENT_ACTION, {"index": 1})
    _entry(db, STARTED, {"segment": 2})
    _entry(db, STOPPED, {"segment": 2, "reason": "end"})
    assert not _settled(db)  # segment 2 is still being converted
    assert _settled(db, ended_ago=timedelta(minutes=16))  # given up after a crash
    _entry(db, SEGMENT_ACTION, {"index": 2})
    assert _settled(db)


def test_a_failed_conversion_does_not_hold_the_act_for_ever(db: Database) -> None:
    _entry(db, STARTED, {"segment": 1})
    _entry(db, STOPPED, {"segment": 1, "reason": "end"})
    assert not _settled(db)
    _entry(db, UNCONVERTED, {"segment": 1, "error": "janus-pp-rec failed"})
    assert _settled(db)


def test_a_segment_whose_conversion_failed_is_still_on_record_and_linked(
    db: Database, tmp_path: Path
) -> None:
    """GIVEN segments whose conversion fails (nothing playable in them) WHEN they close THEN
    each still gets its record, linked to the one before (file_sha256 "": no muxed file), so
    the next segment closes after it and `journal verify` checks what is kept."""
    settings = RecordingSettings(store_dir=tmp_path / "store", key_file=tmp_path / "k")
    create_key(settings.key_file)
    now = datetime.now(UTC)
    for index in (1, 2):
        folder = tmp_path / f"raw-{index}"
        folder.mkdir()
        with pytest.raises(ConversionFailed, match="no recording of any participant"):
            close_segment(db, settings, SID, folder, now, now, "test", index)
    with db.session() as session:
        first, second = journaled_segments(session, SID)
        assert (first["file_sha256"], second["file_sha256"]) == ("", "")
        assert second["prev_sha256"] == first["record_sha256"]
        assert verify_recordings(session, settings).problems == []
