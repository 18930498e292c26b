"""Closing a segment: hash the raw files and journal them first, then convert and mux,
hash the muxed file, encrypt everything into the store and journal the segment's record,
which carries the previous segment record's hash. The journal is the segment register:
`segments_of` reads it back for the notarial act.

A session's recording holds segments of two kinds: `main` (the call's room, from a start, a
drop or the end to the next) and `side_talk` (a mediator's side room with one party, from its
start to its end; the record names its participants by participant id and role, never by
name). Every record carries:
- `index`: its place in the session's one chain of records (1, 2, ... in the order they were
  closed, each linked to the one before by `prev_sha256`); playback and `journal verify` go by it;
- `kind` and `number`: the kind's own sequence. A main segment's number is the one live.py
  gives it (started, paused at a drop, resumed as the next one); side talks are numbered 1, 2,
  ... apart from it, so a side talk never shifts the main room's numbering.
Records journaled before side talks were recorded have neither: they read as `main`, numbered
by their index (the two were the same while main segments were the only kind).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Database
from central.journal import chain as journal
from central.models import JournalEntry
from central.recordings.at_rest import load_key, seal
from central.recordings.convert import ConversionFailed, convert_tracks, mux
from central.recordings.raw_files import read_raw
from central.recordings.settings import RecordingSettings
from central.sessions.evidence_types import SegmentEvidence
from central.sessions.models import VideoSession

RAW_ACTION = "recording.raw"
SEGMENT_ACTION = "recording.segment"
MUXED_NAME = "segment.webm"
SegmentKind = Literal["main", "side_talk"]


def kind_of(record: dict[str, Any]) -> SegmentKind:
    """A record's kind; old records without one are main segments."""
    return "side_talk" if record.get("kind") == "side_talk" else "main"


def number_of(record: dict[str, Any]) -> int:
    """A record's number within its kind; old records are numbered by their index."""
    return int(record.get("number", record["index"]))


def subject_of(public_id: str) -> str:
    """The journal's subject for a session (the sessions' own entries use the same)."""
    return f"session:{public_id}"


def public_id_of(subject: str) -> str:
    return subject.removeprefix("session:")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_hash(record: dict[str, Any]) -> str:
    """The hash of a segment record (every field but the hash itself)."""
    body = {k: v for k, v in record.items() if k != "record_sha256"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def segment_folder(public_id: str, index: int) -> str:
    """Where a segment's encrypted files live, relative to the store."""
    return f"{public_id}/segment-{index}"


def journaled_segments(session: Session, public_id: str) -> list[dict[str, Any]]:
    """The session's segment records as journaled, in the order they were closed."""
    rows = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.action == SEGMENT_ACTION, JournalEntry.subject == subject_of(public_id))
        .order_by(JournalEntry.seq)
    )
    return [dict(row.payload) for row in rows]


def segments_of(session: Session, video: VideoSession) -> list[SegmentEvidence]:
    """The `SegmentsOf` source for the act's journal entry (central.sessions.evidence_types)."""
    return [
        SegmentEvidence(
            index=int(r["index"]),
            started_at=datetime.fromisoformat(r["started_at"]),
            ended_at=datetime.fromisoformat(r["ended_at"]),
            raw_sha256=dict(r["raw_sha256"]),
            file_sha256=str(r["file_sha256"]),
            prev_sha256=str(r["prev_sha256"]),
            record_sha256=str(r["record_sha256"]),
            stored_at=str(r["stored_at"]),
            kind=kind_of(r),
            number=number_of(r),
            participants=tuple(dict(p) for p in r.get("participants", [])),
        )
        for r in journaled_segments(session, video.public_id)
    ]


def close_segment(
    db: Database,
    settings: RecordingSettings,
    public_id: str,
    raw_folder: Path,
    started_at: datetime,
    ended_at: datetime,
    actor: str = "central",
    number: int | None = None,
    *,
    kind: SegmentKind = "main",
    participants: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Turn the closed raw files in `raw_folder` into the session's next segment of `kind`
    (number `number` of that kind, the next one when None); returns the journaled record.
    The raw hashes are journaled (and committed) before conversion starts, so what Janus wrote
    is on record even if conversion fails; a failed conversion still stores the raw files and
    journals the segment's record, linked, with no muxed file (`file_sha256` ""), then raises
    ConversionFailed. Callers close one segment of a session at a time (live.py's lock)."""
    key = load_key(settings.key_file)
    raw = read_raw(raw_folder, settings.janus_pp_rec)
    raw_hashes = {r.path.name: sha256_file(r.path) for r in raw}
    with db.session() as session:
        records = journaled_segments(session, public_id)
        index = len(records) + 1
        closed = sum(1 for r in records if kind_of(r) == kind)
        if number is None:
            number = closed + 1
        elif number != closed + 1:
            raise ValueError(
                f"{kind} segment {number} of {public_id} closes after {closed} such segments"
            )
        journal.append(
            session,
            actor,
            RAW_ACTION,
            subject_of(public_id),
            {"index": index, "kind": kind, "number": number, "raw_sha256": raw_hashes},
        )
    feeds = sorted(
        {r.feed for r in raw},
        key=lambda f: min((r.first_write_us or 2**63) for r in raw if r.feed == f),
    )
    failed: ConversionFailed | None = None
    with tempfile.TemporaryDirectory(prefix="segment-") as work_text:
        work = Path(work_text)
        muxed = work / MUXED_NAME
        try:
            length = mux(convert_tracks(raw, work, settings), feeds, muxed, settings)
            file_hash = sha256_file(muxed)
            kept = [*(r.path for r in raw), muxed]
        except ConversionFailed as err:  # the raw files are kept and the record written
            failed, length, file_hash, kept = err, 0.0, "", [r.path for r in raw]
        stored_at = segment_folder(public_id, index)
        target = settings.store_dir / stored_at
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        for path in kept:
            label = f"{stored_at}/{path.name}"
            (target / f"{path.name}.enc").write_bytes(seal(key, path.read_bytes(), label))
    with db.session() as session:
        records = journaled_segments(session, public_id)
        record: dict[str, Any] = {
            "index": index,
            "kind": kind,
            "number": number,
            "started_at": started_at.isoformat(),
            "ended_at": ended_at.isoformat(),
            "duration_s": round(length, 3),
            "feeds": feeds,
            "raw_sha256": raw_hashes,
            "file_sha256": file_hash,
            "prev_sha256": records[-1]["record_sha256"] if records else "",
            "stored_at": stored_at,
        }
        if kind == "side_talk":
            record["participants"] = list(participants or [])
        record["record_sha256"] = record_hash(record)
        journal.append(session, actor, SEGMENT_ACTION, subject_of(public_id), record)
    shutil.rmtree(raw_folder, ignore_errors=True)
    if failed is not None:  # on record (file_sha256 ""), linked; the failure is still told
        raise failed
    return record
