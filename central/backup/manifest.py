"""The manifest of an archive: every file with its hash, the database snapshot's figures."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT: Final = "lexkiosk-central-backup/1"
MANIFEST_NAME = "manifest.json"
Backend = Literal["sqlite", "postgresql"]
FileKind = Literal["database", "data", "key", "checkpoints", "external"]


class FileEntry(BaseModel):
    """One file of the archive: its name inside it, where it came from, hash and mode."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(description="member name in the archive (relative, '/'-separated)")
    origin: str = Field(description="the path it was read from when the backup was made")
    kind: FileKind
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    mode: int = Field(ge=0, le=0o777)


class Snapshot(BaseModel):
    """What the database held at the snapshot: restore and `journal verify` check against it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    backend: Backend
    schema_name: str | None = Field(None, description="PostgreSQL: the schema dumped")
    journal_seq: int = Field(ge=0, description="the last journal entry in the snapshot")
    journal_hash: str
    counts: dict[str, int] = Field(description="rows per table in the snapshot")


class Manifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["lexkiosk-central-backup/1"] = FORMAT
    created_at: str
    snapshot: Snapshot
    files: list[FileEntry]
    keys_included: bool
    left_out: list[str] = Field(default_factory=list, description="keys not put in, by origin")


def sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
