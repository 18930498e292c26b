"""Attachments of outbox items: sealed chunk files on disk, uploaded in pieces, resumable.

A file is cut into CHUNK_BYTES pieces, each sealed on its own (so none of it lies on disk in
clear) and written and fsynced before the item's database row commits: a committed item
always has its files. Delivered items' folders are deleted; folders no item owns (a crash
between the files and the row) are swept by `sweep`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from api_client.outbox.crypto import Sealer

CHUNK_BYTES = 256 * 1024


@dataclass(frozen=True)
class Attachment:
    upload_id: str
    size: int
    sha256: str
    chunks: int


class AttachmentFiles:
    def __init__(self, root: Path, sealer: Sealer) -> None:
        self.root = root
        self._sealer = sealer

    def folder(self, idempotency_key: str) -> Path:
        return self.root / idempotency_key

    def write(self, idempotency_key: str, data: bytes) -> Attachment:
        upload_id = str(uuid.uuid4())
        folder = self.folder(idempotency_key)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        pieces = [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
        for index, piece in enumerate(pieces):
            path = folder / f"{upload_id}.{index}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(self._sealer.seal(piece, f"{upload_id}:{index}"))
                fh.flush()
                os.fsync(fh.fileno())
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return Attachment(upload_id, len(data), hashlib.sha256(data).hexdigest(), len(pieces))

    def chunks(
        self, idempotency_key: str, attachment: Attachment, start: int
    ) -> Iterator[tuple[int, bytes]]:
        """(offset, plaintext) of every chunk from byte `start` (a chunk boundary) on."""
        folder = self.folder(idempotency_key)
        for index in range(start // CHUNK_BYTES, attachment.chunks):
            sealed = (folder / f"{attachment.upload_id}.{index}").read_bytes()
            yield index * CHUNK_BYTES, self._sealer.open(sealed, f"{attachment.upload_id}:{index}")

    def remove(self, idempotency_key: str) -> None:
        shutil.rmtree(self.folder(idempotency_key), ignore_errors=True)

    def sweep(self, live_keys: set[str]) -> int:
        """Delete folders no stored item owns; returns how many."""
        if not self.root.exists():
            return 0
        stray = [p for p in self.root.iterdir() if p.is_dir() and p.name not in live_keys]
        for path in stray:
            shutil.rmtree(path, ignore_errors=True)
        return len(stray)
