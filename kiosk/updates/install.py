"""Verify a bundle and build its environment in the slot that is not current."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from api_client.update_bundle import BundleManifest, extract_verified
from kiosk.updates import progress
from kiosk.updates.environment import build_environment
from kiosk.updates.errors import UpdateError
from kiosk.updates.paths import UpdatePaths
from kiosk.updates.slots import current_slot, installed_version, other


def install_into_inactive(
    paths: UpdatePaths,
    bundle: Path,
    trusted: Sequence[bytes],
    python: Path,
    max_bytes: int,
) -> tuple[BundleManifest, progress.Progress]:
    """Nothing is installed unless the bundle verifies (BundleRefused otherwise); `current`
    is not touched. Returns the manifest and the progress record, phase `installing`."""
    previous = current_slot(paths)
    slot = other(previous)
    shutil.rmtree(paths.staging, ignore_errors=True)
    try:
        manifest = extract_verified(bundle, trusted, paths.staging, max_bytes)
    except BaseException:
        shutil.rmtree(paths.staging, ignore_errors=True)
        raise
    record = progress.Progress(
        phase="installing",
        version=manifest.version,
        slot=slot,
        previous=previous,
        previous_version=installed_version(paths.slot(previous)) if previous else None,
    )
    progress.save(paths, record)
    try:
        wheels = [paths.staging.joinpath(*name.split("/")) for name in manifest.wheels]
        build_environment(python, paths.slot(slot), wheels)
        found = installed_version(paths.slot(slot))
        if found != manifest.version:
            raise UpdateError(
                f"the new environment holds lexkiosk {found or 'nowhere'}, not {manifest.version}"
            )
    except BaseException:
        undo_install(paths, record)
        raise
    shutil.rmtree(paths.staging, ignore_errors=True)
    return manifest, record


def undo_install(paths: UpdatePaths, record: progress.Progress) -> None:
    """Remove a half-built environment (never the current one) and the staged files."""
    if current_slot(paths) != record.slot:
        shutil.rmtree(paths.slot(record.slot), ignore_errors=True)
    shutil.rmtree(paths.staging, ignore_errors=True)
    progress.clear(paths)
