"""Which files a backup takes: the data directory, and the keys and stores named elsewhere.

Inside the data directory everything is taken (recordings, uploaded documents, update
bundles, the journal's key and checkpoints) except the live SQLite files (the database goes
in as its snapshot) and the logs. Files the settings name outside it (a journal key or
checkpoint file elsewhere, the recording store and its key, the seal's key, certificates and
PIN file) go in under `external/`, each with the path it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from central.backup.manifest import FileKind

SKIPPED_DIRS = frozenset({"logs"})
SCRATCH_PREFIXES = (".backup-", ".restore-")


@dataclass(frozen=True)
class Source:
    """A file to take: where it is, its name in the archive, and what it is."""

    path: Path
    name: str
    kind: FileKind


@dataclass(frozen=True)
class BackupPlan:
    """What to take; built by the command line from the service's settings."""

    data_dir: Path
    key_files: tuple[Path, ...] = ()
    checkpoint_file: Path | None = None
    other_files: tuple[Path, ...] = ()
    other_dirs: tuple[Path, ...] = ()
    skip: frozenset[Path] = field(default_factory=frozenset)


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts and relative.parts[0] in SKIPPED_DIRS:
            continue
        if any(part.startswith(SCRATCH_PREFIXES) for part in relative.parts):
            continue  # a backup's or restore's own scratch folder (an archive made in here)
        if path.is_file() and not path.is_symlink():
            yield path


def _kind(path: Path, plan: BackupPlan, default: FileKind) -> FileKind:
    resolved = path.resolve()
    if resolved in {key.resolve() for key in plan.key_files}:
        return "key"
    if plan.checkpoint_file is not None and resolved == plan.checkpoint_file.resolve():
        return "checkpoints"
    return default


def sources(plan: BackupPlan) -> list[Source]:
    """Every file to take, checkpoints last (they are read after the database snapshot)."""
    skip = {path.resolve() for path in plan.skip}
    taken: list[Source] = []
    if plan.data_dir.is_dir():
        for path in _walk(plan.data_dir):
            if path.resolve() in skip:
                continue
            name = "data/" + path.relative_to(plan.data_dir).as_posix()
            taken.append(Source(path, name, _kind(path, plan, "data")))
    outside = [p for p in (*plan.key_files, *plan.other_files) if not _inside(p, plan.data_dir)]
    if plan.checkpoint_file is not None and not _inside(plan.checkpoint_file, plan.data_dir):
        outside.append(plan.checkpoint_file)
    for index, path in enumerate(dict.fromkeys(outside)):
        if path.is_file():
            name = f"external/{index}/{path.name}"
            taken.append(Source(path, name, _kind(path, plan, "external")))
    for index, root in enumerate(plan.other_dirs):
        if root.is_dir() and not _inside(root, plan.data_dir):
            for path in _walk(root):
                name = f"external-dir/{index}/" + path.relative_to(root).as_posix()
                taken.append(Source(path, name, "external"))
    return sorted(taken, key=lambda source: source.kind == "checkpoints")
