"""`lexkiosk update status`: what a technician needs to know about the environments."""

from __future__ import annotations

from kiosk.updates import progress
from kiosk.updates.paths import SLOTS, UpdatePaths
from kiosk.updates.slots import SlotError, current_slot, installed_version


def describe(paths: UpdatePaths) -> list[str]:
    try:
        current = current_slot(paths)
    except SlotError as err:
        return [f"error: {err}"]
    lines = []
    for slot in SLOTS:
        version = installed_version(paths.slot(slot)) if paths.slot(slot).exists() else None
        mark = " (current)" if slot == current else ""
        lines.append(f"environment {slot}: {version or 'empty'}{mark}")
    if current is None:
        lines.append("no current environment: `lexkiosk update install BUNDLE` makes the first")
    record = progress.load(paths)
    if record is not None:
        lines.append(
            f"interrupted: {record.phase} {record.version} into {record.slot}; "
            "the next check-once finishes or undoes it"
        )
    return lines
