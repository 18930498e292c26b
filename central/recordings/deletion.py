"""Removing a session's recordings: only by an admin, with a reason, journaled, and reported
file by file; and the retention sweep that does the same for kinds whose time has passed."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.journal import chain as journal
from central.models import Staff
from central.recordings.segments import journaled_segments, subject_of
from central.recordings.settings import RecordingSettings
from central.recordings.verify import DELETED_ACTION, deleted_sessions
from central.sessions.models import VideoSession


class DeletionRefused(Exception):
    """Who asked may not delete, the reason is missing, or there is nothing to delete."""


@dataclass(frozen=True)
class Removed:
    public_id: str
    segments: list[int]
    files: list[str]
    bytes: int


def delete_recordings(
    session: Session, settings: RecordingSettings, public_id: str, by: str, reason: str
) -> Removed:
    """Remove every segment of session `public_id`; `by` must be an admin's user name."""
    admin = session.scalars(select(Staff).where(Staff.username == by)).first()
    if admin is None or admin.disabled_at is not None or "admin" not in admin.roles:
        raise DeletionRefused(f"{by!r} is not an active admin account; only an admin may delete")
    return _remove(session, settings, public_id, f"staff:{by}", reason)


def _remove(
    session: Session, settings: RecordingSettings, public_id: str, actor: str, reason: str
) -> Removed:
    reason = " ".join(reason.split())
    if not 5 <= len(reason) <= 300:
        raise DeletionRefused("give the reason for deleting in 5 to 300 characters")
    records = journaled_segments(session, public_id)
    if not records or public_id in deleted_sessions(session):
        raise DeletionRefused(f"session {public_id} has no recordings to delete")
    files: list[str] = []
    size = 0
    folder = settings.store_dir / public_id
    for record in records:
        seg = settings.store_dir / str(record["stored_at"])
        for path in sorted(seg.glob("*")) if seg.is_dir() else []:
            files.append(f"{record['stored_at']}/{path.name}")
            size += path.stat().st_size
    journal.append(
        session,
        actor,
        DELETED_ACTION,
        subject_of(public_id),
        {
            "reason": reason,
            "segments": [int(r["index"]) for r in records],
            "files": files,
            "bytes": size,
        },
    )
    session.flush()
    shutil.rmtree(folder, ignore_errors=True)
    return Removed(public_id, [int(r["index"]) for r in records], files, size)


def expire(
    session: Session, settings: RecordingSettings, now: datetime | None = None
) -> list[Removed]:
    """Delete the recordings of sessions whose kind's retention has passed since they ended
    (kinds without a retention are kept)."""
    now = now or datetime.now(UTC)
    removed: list[Removed] = []
    gone = deleted_sessions(session)
    for kind, days in sorted(settings.retention_days.items()):
        cutoff = now - timedelta(days=days)
        ended = session.scalars(
            select(VideoSession.public_id).where(
                VideoSession.kind == kind, VideoSession.ended_at < cutoff
            )
        )
        for public_id in ended:
            if public_id in gone or not journaled_segments(session, public_id):
                continue
            reason = f"retention: {kind} recordings are kept {days} days"
            removed.append(_remove(session, settings, public_id, "central", reason))
    return removed
