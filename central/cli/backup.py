"""`lexkiosk-central backup create | restore | list`: the command line over central.backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from pydantic import ValidationError

from central.backup.archive import check, create, restore
from central.backup.errors import BackupError
from central.backup.manifest import Manifest
from central.backup.sources import BackupPlan
from central.cli.admin import CommandError
from central.cli.recordings import add_recording_options
from central.evidence.settings import EvidenceSettings
from central.settings import default_db_url

KEY_WARNING = (
    "WARNING: the archive holds private keys in the clear (journal signing key, recordings "
    "key, seal key): it is written with mode 0600; keep it as you keep the keys themselves "
    "(encrypted storage, two people), or make it with --without-keys"
)


def add_backup_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    signed: argparse.ArgumentParser,
) -> None:
    group = sub.add_parser("backup", help="back up and restore database, files and keys")
    commands = group.add_subparsers(dest="backup_command", required=True, metavar="COMMAND")
    make = commands.add_parser(
        "create", parents=[common, signed], help="write an archive while the service runs"
    )
    make.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new archive")
    make.add_argument(
        "--evidence-settings",
        type=Path,
        metavar="FILE",
        help="the seal's settings: its key, certificates and PIN file go in too",
    )
    make.add_argument(
        "--without-keys", action="store_true", help="leave the private keys out (listed only)"
    )
    add_recording_options(make)
    back = commands.add_parser(
        "restore", parents=[common], help="restore an archive into an empty database and folder"
    )
    back.add_argument("archive", type=Path)
    back.add_argument(
        "--force", action="store_true", help="restore over a database or folder that holds data"
    )
    listing = commands.add_parser("list", help="check an archive and list what it holds")
    listing.add_argument("archive", type=Path)


def _evidence_files(path: Path | None) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """(key files, other files) the seal's settings name."""
    if path is None:
        return (), ()
    try:
        settings = EvidenceSettings.model_validate_json(path.read_bytes())
    except OSError as err:
        raise CommandError(f"cannot read the evidence settings {path}: {err.strerror}", 2) from None
    except ValidationError as err:
        raise CommandError(f"evidence settings {path}: {err}", 2) from None
    keys = [p for p in (settings.key_file,) if p is not None]
    if settings.pkcs11 is not None:
        keys.append(settings.pkcs11.pin_file)
    others = [p for p in (settings.cert_file,) if p is not None]
    return tuple(keys), (*others, *settings.chain_files, *settings.trust_roots)


def _plan(args: argparse.Namespace) -> BackupPlan:
    data_dir: Path = args.data_dir
    if not data_dir.is_dir():
        raise CommandError(f"the data directory {data_dir} does not exist; pass --data-dir", 2)
    seal_keys, seal_files = _evidence_files(args.evidence_settings)
    journal_key = args.journal_key or data_dir / "journal-signing.key"
    recordings_key = args.recordings_key or data_dir / "recordings.key"
    return BackupPlan(
        data_dir=data_dir,
        key_files=(journal_key, recordings_key, *seal_keys),
        checkpoint_file=args.checkpoints or data_dir / "journal-checkpoints.jsonl",
        other_files=seal_files,
        other_dirs=(args.recordings_dir,) if args.recordings_dir else (),
    )


def _summary(manifest: Manifest) -> list[str]:
    snap = manifest.snapshot
    rows = sum(snap.counts.values())
    return [
        f"snapshot: {snap.backend}, journal head {snap.journal_seq}:{snap.journal_hash}, "
        f"{rows} rows in {len(snap.counts)} tables",
        f"{len(manifest.files)} files, made {manifest.created_at}",
    ]


def run_backup(args: argparse.Namespace) -> list[str]:
    """The lines to print; CommandError (exit 1, or 2 for bad input) with what was wrong."""
    try:
        if args.backup_command == "list":
            manifest = check(args.archive)
            lines = [
                f"archive ok: every file matches {args.archive}'s manifest",
                *_summary(manifest),
            ]
            lines += [
                f"  {f.kind:<11} {f.size:>12} {f.sha256[:16]} {f.name}" for f in manifest.files
            ]
            return lines
        url = args.db or default_db_url(args.data_dir)
        if args.backup_command == "create":
            manifest = create(url, _plan(args), args.out, not args.without_keys)
            lines = [f"backup written to {args.out}", *_summary(manifest)]
            if manifest.left_out:
                lines.append(f"keys left out: {', '.join(manifest.left_out)}")
            if manifest.keys_included and any(f.kind == "key" for f in manifest.files):
                lines.append(KEY_WARNING)
            return lines
        done = restore(args.archive, url, args.data_dir, args.force)
    except BackupError as err:
        raise CommandError(str(err)) from None
    lines = [f"restored {args.archive} into {args.data_dir}", *_summary(done.manifest)]
    lines += [f"  {origin} was restored as {path}" for origin, path in done.placed.items()]
    if done.placed:
        lines.append("move those back to where the settings name them, or point the settings here")
    lines.append("row counts and journal head match the snapshot; now run `journal verify`")
    return lines
