"""Chunked uploads: a terminal announces a file, sends it in pieces, resumes after a break.

Bytes are appended to `<data_dir>/uploads/<id>.part` (fsynced) only at the offset the
database says comes next, so a repeated or overlapping piece is refused, never doubled. When
the last byte arrives the SHA-256 is checked; a mismatch discards the file and asks for it
again from the start: the answer then says `received: 0`, and the terminal starts over.
"""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import MAX_CHUNK_BYTES, UploadStart, UploadState
from central.models import Kiosk, UploadRow

log = logging.getLogger(__name__)


class UploadError(Exception):
    """Refused; `status` is the HTTP status to answer with, the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _state(row: UploadRow) -> UploadState:
    return UploadState(
        upload_id=row.upload_id,
        size=row.size,
        received=row.received,
        complete=row.completed_at is not None,
    )


def part_path(root: Path, upload_id: str) -> Path:
    return root / "uploads" / f"{upload_id}.part"


def stored_path(root: Path, upload_id: str) -> Path:
    return root / "uploads" / f"{upload_id}.bin"


def find(session: Session, kiosk: Kiosk, upload_id: str) -> UploadRow:
    row = session.get(UploadRow, upload_id)
    if row is None or row.kiosk_id != kiosk.id:
        raise UploadError(404, "no such upload for this terminal")
    return row


def start(session: Session, kiosk: Kiosk, body: UploadStart) -> tuple[UploadState, bool]:
    """Create the upload, or find it again (a retry); returns (state, created)."""
    row = session.get(UploadRow, body.upload_id)
    if row is not None:
        if row.kiosk_id != kiosk.id or (row.size, row.sha256) != (body.size, body.sha256):
            raise UploadError(409, "this upload id is taken by another file")
        return _state(row), False
    row = UploadRow(
        upload_id=body.upload_id,
        kiosk_id=kiosk.id,
        size=body.size,
        sha256=body.sha256,
        received=0,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    return _state(row), True


def append(
    session: Session, kiosk: Kiosk, upload_id: str, offset: int, data: bytes, root: Path
) -> UploadState:
    row = find(session, kiosk, upload_id)
    if row.completed_at is not None:
        raise UploadError(409, "the upload is already complete")
    if offset != row.received:
        raise UploadError(409, f"expected offset {row.received}; resume from there")
    if not data or len(data) > MAX_CHUNK_BYTES:
        raise UploadError(413, f"a chunk holds 1 to {MAX_CHUNK_BYTES} bytes")
    if offset + len(data) > row.size:
        raise UploadError(413, f"the file was announced as {row.size} bytes")
    path = part_path(root, upload_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("r+b" if path.exists() else "wb") as fh:
        fh.truncate(offset)  # drop any tail a crash left after the last recorded chunk
        fh.seek(offset)
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    row.received = offset + len(data)
    if row.received == row.size:
        _finish(row, path, root)
    return _state(row)


def _finish(row: UploadRow, path: Path, root: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != row.sha256:
        log.warning("upload %s did not match its SHA-256; asking for it again", row.upload_id)
        path.unlink()
        row.received = 0
        return
    path.replace(stored_path(root, row.upload_id))
    row.completed_at = datetime.now(UTC)


def missing(session: Session, kiosk: Kiosk, upload_ids: list[str]) -> list[str]:
    """The ids among `upload_ids` that are not complete uploads of this terminal."""
    done = set(
        session.scalars(
            select(UploadRow.upload_id).where(
                UploadRow.upload_id.in_(upload_ids),
                UploadRow.kiosk_id == kiosk.id,
                UploadRow.completed_at.is_not(None),
            )
        )
    )
    return [u for u in upload_ids if u not in done]
