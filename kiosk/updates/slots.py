"""The A/B environments: which one is current, and the atomic switch between them."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.updates.paths import SLOTS, UpdatePaths


class SlotError(Exception):
    """The environments are not laid out as the updater expects; the message says how."""


def current_slot(paths: UpdatePaths) -> str | None:
    """`a` or `b`, or None before the first install (`lexkiosk update install BUNDLE`)."""
    try:
        target = str(paths.current.readlink())
    except FileNotFoundError:
        return None
    except OSError:
        raise SlotError(f"{paths.current} is not a symlink to {SLOTS[0]} or {SLOTS[1]}") from None
    name = Path(target).name
    if name not in SLOTS:
        raise SlotError(f"{paths.current} points to {target!r}, not to {SLOTS[0]} or {SLOTS[1]}")
    return name


def other(slot: str | None) -> str:
    return SLOTS[1] if slot == SLOTS[0] else SLOTS[0]


def switch_to(paths: UpdatePaths, slot: str) -> None:
    """Point `current` at `slot` in one step: a new symlink renamed over the old one, so a
    power cut leaves either the old target or the new one, never no `current`."""
    if slot not in SLOTS:
        raise SlotError(f"no such environment: {slot!r}")
    paths.envs.mkdir(parents=True, exist_ok=True)
    temporary = paths.envs / f".current-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(slot)
    temporary.replace(paths.current)
    fd = os.open(paths.envs, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def installed_version(env: Path) -> str | None:
    """The lexkiosk version installed in the environment `env`, read from its metadata."""
    for info in sorted(env.glob("lib/python*/site-packages/lexkiosk-*.dist-info")):
        for line in (info / "METADATA").read_text(encoding="utf-8").splitlines():
            if line.startswith("Version: "):
                return line.removeprefix("Version: ").strip()
    return None
