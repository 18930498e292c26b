"""When a notarial act may be opened: only once nothing of its recording is still being closed
(the drop test found an act sealed naming segment 1 while segment 2 was still converting)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central.db import Database
from central.journal import chain as journal
from central.migrate import upgrade
from central.recordings.live import STARTED, STOPPED, UNCONVERTED, recording_settled
from central.recordings.segments import SEGMENT_ACTION, subject_of
from central.sessions.models import VideoSession

SID = "vs_settled"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    database = Database(url)
    yield database
    database.dispose()


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
