"""What the updater is in the middle of, on disk, so a power cut is finished or undone by the
next run: `installing` (the inactive environment is being built; `current` untouched) or
`switched` (`current` may point at the new version, whose health is not yet proven)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from kiosk.updates.files import read_json, write_json
from kiosk.updates.paths import SLOTS, UpdatePaths

Phase = Literal["installing", "switched"]


@dataclass(frozen=True)
class Progress:
    phase: Phase
    version: str
    slot: str  # the environment the new version goes into
    previous: str | None  # the environment that was current before
    previous_version: str | None


def save(paths: UpdatePaths, progress: Progress) -> None:
    write_json(paths.progress, asdict(progress))


def load(paths: UpdatePaths) -> Progress | None:
    raw = read_json(paths.progress)
    if not isinstance(raw, dict):
        return None
    try:
        progress = Progress(**raw)
    except TypeError:
        return None
    if progress.phase not in ("installing", "switched") or progress.slot not in SLOTS:
        return None
    return progress


def clear(paths: UpdatePaths) -> None:
    paths.progress.unlink(missing_ok=True)
