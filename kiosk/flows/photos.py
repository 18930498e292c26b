"""Photos of supporting documents taken during a legal aid application.

They exist as files only in a private temporary folder of this session (mode 0700, files
0600), so a crash in the middle leaves nothing readable by others, and `discard` (at submit,
at the journey's end and on idle timeout) removes the folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 4 * 1024 * 1024


PREFIX = "lexkiosk-photos-"


def session_folder(data_dir: Path) -> Path:
    """Where a terminal keeps its residents' photos while they are being taken: a private
    folder of its own (not the shared /tmp), so a restart can sweep what a crash left."""
    folder = data_dir / "session"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    return folder


def sweep(folder: Path) -> int:
    """Remove photo folders a crashed shell left behind; returns how many. Call at start-up,
    before any resident is served."""
    stale = [p for p in folder.glob(PREFIX + "*") if p.is_dir()] if folder.exists() else []
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return len(stale)


class PhotoLimit(ValueError):
    """More photos than allowed, or a photo too large."""


class DocumentPhotos:
    def __init__(self, max_photos: int = MAX_PHOTOS, temp_root: Path | None = None) -> None:
        self.max_photos = max_photos
        self._temp_root = temp_root
        self._folder: Path | None = None
        self._files: list[Path] = []

    @property
    def folder(self) -> Path | None:
        return self._folder

    def __len__(self) -> int:
        return len(self._files)

    @property
    def full(self) -> bool:
        return len(self._files) >= self.max_photos

    def add(self, jpeg: bytes) -> int:
        """Keep one photo; returns its index."""
        if self.full:
            raise PhotoLimit(f"at most {self.max_photos} photos")
        self._files.append(self._write(jpeg))
        return len(self._files) - 1

    def replace(self, index: int, jpeg: bytes) -> None:
        old = self._files[index]
        self._files[index] = self._write(jpeg)
        old.unlink(missing_ok=True)

    def remove(self, index: int) -> None:
        self._files.pop(index).unlink(missing_ok=True)

    def data(self, index: int) -> bytes:
        return self._files[index].read_bytes()

    def all_data(self) -> list[bytes]:
        return [path.read_bytes() for path in self._files]

    def _write(self, jpeg: bytes) -> Path:
        if len(jpeg) > MAX_PHOTO_BYTES:
            raise PhotoLimit(f"a photo may have at most {MAX_PHOTO_BYTES} bytes")
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self._temp_root))
        path = self._folder / f"{uuid.uuid4().hex}.jpg"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(jpeg)
        return path

    def discard(self) -> None:
        """Remove every photo and the folder."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None
        self._files = []

    def __repr__(self) -> str:
        return f"DocumentPhotos({len(self._files)})"
