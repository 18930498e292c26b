"""Write an archive, check one against its manifest, and restore it into an empty target.

The archive is a gzip'd tar written with mode 0600: `manifest.json` first, then the database
snapshot and the files. Every member is hashed as it is copied, so the manifest describes the
archive exactly; a restore hashes every member again before anything is put in place and
refuses an archive where one differs, is missing or was added.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO

from pydantic import ValidationError

from central.backup import database
from central.backup.errors import BackupError
from central.backup.manifest import MANIFEST_NAME, FileEntry, Manifest, sha256_file
from central.backup.sources import BackupPlan, Source, sources


@dataclass(frozen=True)
class Restored:
    manifest: Manifest
    placed: dict[str, Path]  # origin of each file restored away from its old place -> new path


def _copy(source: Path, target: Path) -> tuple[str, int]:
    """Copy and hash in one read, so the hash is that of what went into the archive."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _mode(path: Path, kind: str) -> int:
    return 0o600 if kind == "key" else path.stat().st_mode & 0o777


def create(url: str, plan: BackupPlan, out: Path, include_keys: bool) -> Manifest:
    """Snapshot the database, then copy the files (checkpoints last), then write the tar."""
    if out.exists():
        raise BackupError(f"{out} already exists; name a new archive file")
    if not out.parent.is_dir():
        raise BackupError(f"{out.parent} is not a directory; create it or name another place")
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=out.parent) as scratch:
        stage = Path(scratch)
        backend = database.backend_of(url)
        db_name = "database/central." + ("sqlite3" if backend == "sqlite" else "pgdump")
        (stage / "database").mkdir()
        snapshot = database.dump(url, stage / db_name)
        origin = str(database.sqlite_path(url)) if backend == "sqlite" else "pg_dump"
        digest, size = sha256_file(stage / db_name)
        entries = [FileEntry(name=db_name, origin=origin, kind="database", sha256=digest,
                             size=size, mode=0o600)]  # fmt: skip
        left_out: list[str] = []
        for source in sources(_skipping(plan, url, out)):
            entry = _take(source, stage, include_keys)
            if entry is None:
                left_out.append(str(source.path))
            else:
                entries.append(entry)
        manifest = Manifest(
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            snapshot=snapshot,
            files=entries,
            keys_included=include_keys,
            left_out=left_out,
        )
        _write_tar(stage, manifest, out)
    return manifest


def _skipping(plan: BackupPlan, url: str, out: Path) -> BackupPlan:
    skip = set(plan.skip) | {out}
    if database.backend_of(url) == "sqlite":
        live = database.sqlite_path(url)
        skip |= {Path(f"{live}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    return BackupPlan(
        plan.data_dir,
        plan.key_files,
        plan.checkpoint_file,
        plan.other_files,
        plan.other_dirs,
        frozenset(skip),
    )


def _take(source: Source, stage: Path, include_keys: bool) -> FileEntry | None:
    if source.kind == "key" and not include_keys:
        return None
    try:
        mode = _mode(source.path, source.kind)
        digest, size = _copy(source.path, stage / source.name)
    except FileNotFoundError:
        return None  # removed while the backup ran (an upload finished, a temp file)
    except OSError as err:
        raise BackupError(f"cannot read {source.path}: {err.strerror}") from None
    return FileEntry(name=source.name, origin=str(source.path), kind=source.kind,
                     sha256=digest, size=size, mode=mode)  # fmt: skip


def _write_tar(stage: Path, manifest: Manifest, out: Path) -> None:
    partial = out.with_name(out.name + ".partial")
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(handle, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            body = manifest.model_dump_json(indent=1).encode()
            info = tarfile.TarInfo(MANIFEST_NAME)
            info.size, info.mode = len(body), 0o600
            tar.addfile(info, _bytes(body))
            for entry in manifest.files:
                member = tar.gettarinfo(stage / entry.name, arcname=entry.name)
                member.mode, member.uid, member.gid, member.uname, member.gname = (
                    entry.mode, 0, 0, "", ""
                )  # fmt: skip
                with (stage / entry.name).open("rb") as data:
                    tar.addfile(member, data)
            raw.flush()
            os.fsync(raw.fileno())
        partial.rename(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _bytes(body: bytes) -> IO[bytes]:
    import io

    return io.BytesIO(body)


@contextmanager
def _open(archive: Path) -> Iterator[tuple[tarfile.TarFile, Manifest]]:
    if not archive.is_file():
        raise BackupError(f"there is no archive at {archive}")
    try:
        tar = tarfile.open(archive, mode="r:gz")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError, EOFError) as err:
        raise BackupError(f"{archive} is not a backup archive (a gzip'd tar): {err}") from None
    with tar:
        try:
            first = tar.next()
            if first is None or first.name != MANIFEST_NAME:
                raise BackupError(f"{archive} has no {MANIFEST_NAME} first: not a backup archive")
            raw = tar.extractfile(first)
            manifest = Manifest.model_validate_json(raw.read() if raw else b"")
        except ValidationError as err:
            raise BackupError(f"{archive}: the manifest is not valid: {err}") from None
        except (tarfile.TarError, OSError, EOFError) as err:
            raise BackupError(f"{archive} is damaged: {err}") from None
        yield tar, manifest


def _safe_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"the archive names a file outside itself ({name!r}): refused")
    return path


def _members(
    tar: tarfile.TarFile, manifest: Manifest, archive: Path
) -> Iterator[tuple[FileEntry, IO[bytes]]]:
    """Each listed member with its data stream, refusing anything not listed or not a file."""
    listed = {entry.name: entry for entry in manifest.files}
    seen: set[str] = set()
    try:
        for index, member in enumerate(tar):
            if index == 0 and member.name == MANIFEST_NAME:
                continue  # read already by _open
            _safe_name(member.name)
            entry = listed.get(member.name)
            if entry is None or not member.isfile() or member.name in seen:
                raise BackupError(
                    f"{archive} holds {member.name!r}, which its manifest does not list: "
                    "the archive was altered; refused"
                )
            seen.add(member.name)
            data = tar.extractfile(member)
            assert data is not None
            yield entry, data
    except (tarfile.TarError, OSError, EOFError) as err:
        raise BackupError(f"{archive} is damaged: {err}") from None
    missing = sorted(set(listed) - seen)
    if missing:
        raise BackupError(f"{archive} lacks {', '.join(missing)} listed in its manifest; refused")


def _check_stream(entry: FileEntry, data: IO[bytes], archive: Path, out: Path | None) -> None:
    digest = hashlib.sha256()
    size = 0
    sink = out.open("wb") if out is not None else None
    try:
        while chunk := data.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
            if sink is not None:
                sink.write(chunk)
    finally:
        if sink is not None:
            sink.close()
    if digest.hexdigest() != entry.sha256 or size != entry.size:
        raise BackupError(
            f"{entry.name} in {archive} does not match its manifest (SHA-256 "
            f"{digest.hexdigest()[:16]}..., expected {entry.sha256[:16]}...): the archive was "
            "altered or damaged; refused"
        )


def check(archive: Path) -> Manifest:
    """The manifest, after every member was hashed against it."""
    with _open(archive) as (tar, manifest):
        for entry, data in _members(tar, manifest, archive):
            _check_stream(entry, data, archive, None)
    return manifest


def _target_of(entry: FileEntry, data_dir: Path) -> Path:
    relative = _safe_name(entry.name)
    if relative.parts[0] == "data":
        return data_dir.joinpath(*relative.parts[1:])
    return data_dir.joinpath("restored-external", *relative.parts)


def restore(archive: Path, url: str, data_dir: Path, force: bool) -> Restored:
    """Check everything first, then fill the empty database and data directory."""
    manifest = check(archive)
    if data_dir.exists() and not data_dir.is_dir():
        raise BackupError(f"{data_dir} is a file; name a directory to restore into")
    if data_dir.is_dir() and any(data_dir.iterdir()) and not force:
        raise BackupError(
            f"{data_dir} is not empty; restore into an empty directory or add --force"
        )
    database.ensure_empty(url, manifest.snapshot, force)
    data_dir.mkdir(parents=True, exist_ok=True)
    placed: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=data_dir) as scratch:
        stage = Path(scratch)
        dumped: Path | None = None
        with _open(archive) as (tar, _again):
            for entry, data in _members(tar, manifest, archive):
                staged = stage / entry.name
                staged.parent.mkdir(parents=True, exist_ok=True)
                _check_stream(entry, data, archive, staged)
                if entry.kind == "database":
                    dumped = staged
        if dumped is None:
            raise BackupError(f"{archive} holds no database snapshot; refused")
        database.load(url, dumped, manifest.snapshot)
        for entry in manifest.files:
            if entry.kind == "database":
                continue
            target = _target_of(entry, data_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(stage / entry.name, target)
            target.chmod(0o600 if entry.kind == "key" else entry.mode)
            if not entry.name.startswith("data/"):
                placed[entry.origin] = target
    _same_as_snapshot(url, manifest)
    return Restored(manifest, placed)


def _same_as_snapshot(url: str, manifest: Manifest) -> None:
    now = database.figures(url)
    wrong = [
        f"{table}: {now.counts.get(table)} rows, the manifest says {count}"
        for table, count in manifest.snapshot.counts.items()
        if now.counts.get(table) != count
    ]
    if now.journal_seq != manifest.snapshot.journal_seq:
        wrong.append(
            f"journal head {now.journal_seq}, the manifest says {manifest.snapshot.journal_seq}"
        )
    if wrong:
        raise BackupError("the restored database differs from the snapshot: " + "; ".join(wrong))
