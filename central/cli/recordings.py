"""`lexkiosk-central recordings delete | expire` and the recordings part of `journal verify`:
each returns its lines; a refusal is a CommandError naming what was wrong."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from central.cli.admin import CommandError
from central.recordings.at_rest import RecordingKeyError
from central.recordings.deletion import DeletionRefused, Removed, delete_recordings, expire
from central.recordings.settings import RecordingSettings
from central.recordings.verify import verify_recordings


def add_recording_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recordings-dir",
        type=Path,
        help="the encrypted recording store (default: recording-store in the data dir)",
    )
    parser.add_argument(
        "--recordings-key",
        type=Path,
        help="the recordings' key file (default: recordings.key in the data dir)",
    )


def chosen_settings(args: argparse.Namespace, data_dir: Path) -> RecordingSettings:
    return RecordingSettings(
        store_dir=args.recordings_dir or data_dir / "recording-store",
        key_file=args.recordings_key or data_dir / "recordings.key",
    )


def _report(removed: Removed, how: str) -> list[str]:
    lines = [
        f"{how} session {removed.public_id}: segments "
        f"{', '.join(map(str, removed.segments))}, {len(removed.files)} files, "
        f"{removed.bytes} bytes"
    ]
    return lines + [f"  removed {name}" for name in removed.files]


def recordings_delete(
    session: Session, settings: RecordingSettings, public_id: str, by: str, reason: str
) -> list[str]:
    try:
        removed = delete_recordings(session, settings, public_id, by, reason)
    except DeletionRefused as err:
        raise CommandError(str(err)) from None
    return _report(removed, "deleted the recordings of")


def recordings_expire(session: Session, settings: RecordingSettings) -> list[str]:
    removed = expire(session, settings)
    if not removed:
        return ["no recordings past their retention"]
    return [line for r in removed for line in _report(r, "retention ended for")]


def recordings_verify(session: Session, settings: RecordingSettings) -> list[str]:
    """The journaled segments against the store; CommandError naming each problem."""
    try:
        verdict = verify_recordings(session, settings)
    except RecordingKeyError as err:
        raise CommandError(f"{err}; pass --recordings-key") from None
    if not verdict.ok:
        raise CommandError("recordings do not match the journal:\n" + "\n".join(verdict.problems))
    return [f"recordings ok: {verdict.segments} segments of {verdict.sessions} sessions"]
