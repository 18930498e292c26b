"""`journal verify`'s recordings part: every journaled segment checked against the store.

A segment is named when its record does not link to the one before it (reordered or one
missing between), when its folder or a file is gone, when a file does not decrypt (a byte
altered) or when its content's hash differs from the journaled one.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import JournalEntry
from central.recordings.at_rest import Damaged, load_key, open_sealed
from central.recordings.segments import MUXED_NAME, SEGMENT_ACTION, public_id_of, record_hash
from central.recordings.settings import RecordingSettings

DELETED_ACTION = "recording.deleted"


@dataclass(frozen=True)
class RecordingsVerdict:
    sessions: int
    segments: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _journaled(session: Session) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    by_session: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deleted: set[str] = set()
    rows = session.execute(
        select(JournalEntry.action, JournalEntry.subject, JournalEntry.payload)
        .where(JournalEntry.action.in_([SEGMENT_ACTION, DELETED_ACTION]))
        .order_by(JournalEntry.seq)
    )
    for action, subject, payload in rows:
        if action == DELETED_ACTION:
            deleted.add(public_id_of(subject))
        else:
            by_session[public_id_of(subject)].append(dict(payload))
    return by_session, deleted


def deleted_sessions(session: Session) -> set[str]:
    """Sessions whose recordings an admin (or the retention sweep) deleted, on record."""
    subjects = session.scalars(
        select(JournalEntry.subject).where(JournalEntry.action == DELETED_ACTION)
    )
    return {public_id_of(s) for s in subjects}


def verify_recordings(session: Session, settings: RecordingSettings) -> RecordingsVerdict:
    """Check every session's segments (recordings deleted by an admin, journaled with their
    reason, are skipped: their absence is on record)."""
    by_session, deleted = _journaled(session)
    if not set(by_session) - deleted:
        return RecordingsVerdict(0, 0, [])
    key = load_key(settings.key_file)
    problems: list[str] = []
    count = 0
    for public_id, records in by_session.items():
        if public_id in deleted:
            continue
        prev = ""
        for position, record in enumerate(records, start=1):
            count += 1
            name = f"session {public_id} segment {record.get('index')}"
            if record_hash(record) != record.get("record_sha256"):
                problems.append(f"{name}: its journaled record does not match its own hash")
            if record.get("index") != position or record.get("prev_sha256") != prev:
                problems.append(
                    f"{name}: out of order (expected segment {position}, linked to the "
                    "record before it)"
                )
            prev = str(record.get("record_sha256"))
            problems.extend(_check_files(settings, key, name, record))
    return RecordingsVerdict(len(by_session) - len(deleted & set(by_session)), count, problems)


def _check_files(
    settings: RecordingSettings, key: bytes, name: str, record: dict[str, Any]
) -> list[str]:
    stored_at = str(record["stored_at"])
    folder = settings.store_dir / stored_at
    if not folder.is_dir():
        return [f"{name}: missing (no folder {folder})"]
    expected = dict(record["raw_sha256"])
    if record["file_sha256"]:  # "": its conversion failed, only the raw files are kept
        expected[MUXED_NAME] = record["file_sha256"]
    problems = []
    for file_name, digest in sorted(expected.items()):
        path = folder / f"{file_name}.enc"
        if not path.is_file():
            problems.append(f"{name}: file {file_name} is missing")
            continue
        try:
            plain = open_sealed(key, path.read_bytes(), f"{stored_at}/{file_name}")
        except Damaged:
            problems.append(f"{name}: file {file_name} is altered (it does not decrypt)")
            continue
        if hashlib.sha256(plain).hexdigest() != digest:
            problems.append(f"{name}: file {file_name} does not match its journaled hash")
    return problems
