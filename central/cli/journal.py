"""`lexkiosk-central journal head | checkpoint | public-key | verify`: each returns its lines."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from central.cli.admin import CommandError
from central.journal import chain as journal
from central.journal.checkpoints import JournalFiles, verify_signed, write_checkpoint
from central.journal.signing import (
    Checkpoint,
    CheckpointError,
    load_or_create_key,
    load_private_key,
    parse_public_key,
    public_hex,
    read_checkpoints,
)


@dataclass(frozen=True)
class PublishedHead:
    """What `journal head` printed: `SEQ:HASH` (a bare hash from older releases: seq None)."""

    entry_hash: str
    seq: int | None = None

    def __str__(self) -> str:
        return self.entry_hash if self.seq is None else f"{self.seq}:{self.entry_hash}"


def journal_head(session: Session) -> list[str]:
    """One token, `SEQ:HASH`, to publish and later paste into `verify --head`."""
    seq, digest = journal.head(session)
    return [str(PublishedHead(digest, seq))]


def journal_checkpoint(session: Session, files: JournalFiles) -> list[str]:
    try:
        key, made = load_or_create_key(files.key)
        record = write_checkpoint(session, key, files.checkpoints)
    except (CheckpointError, OSError) as err:
        raise CommandError(str(err)) from None
    lines = [f"signing key created at {files.key}"] if made else []
    if record is None:
        return [*lines, f"nothing new to sign; {files.checkpoints} is up to date"]
    return [
        *lines,
        f"signed entries {record['from_seq']} to {record['seq']} into {files.checkpoints}; "
        f"head {record['seq']}:{record['hashes'][-1]}",
    ]


def journal_public_key(files: JournalFiles) -> list[str]:
    try:
        return [public_hex(load_private_key(files.key).public_key())]
    except CheckpointError as err:
        raise CommandError(f"{err}; `journal checkpoint` creates one") from None


def journal_verify(
    session: Session,
    files: JournalFiles,
    head: PublishedHead | None,
    public_key: str | None,
    chain_only: bool,
) -> list[str]:
    """The chain, and (unless `chain_only`) the signed checkpoints: by default the key is the
    public half of the service's key file; an auditor passes the public key they were given."""
    points = [] if chain_only else _checkpoints(files, public_key)
    digest, seq = (head.entry_hash, head.seq) if head else (None, None)
    verdict = verify_signed(session, points, digest, seq)
    if not verdict.ok:
        raise CommandError(
            f"journal broken at entry {verdict.broken_at_seq}: {verdict.reason} "
            f"({verdict.entries} entries before it hold)"
        )
    lines = [f"journal ok: {verdict.entries} entries, head {verdict.entries}:{verdict.head}"]
    if head:
        lines.append(f"contains the published head {head}")
    if chain_only:
        lines.append("signed checkpoints NOT checked (--chain-only): the chain alone does not")
        lines.append("show a row altered with the chain re-hashed, nor a cut end")
    elif points:
        last = points[-1]
        lines.append(
            f"matches {len(points)} signed checkpoint(s) in {files.checkpoints}, the last "
            f"signed at {last.at.isoformat(timespec='seconds')} up to entry {last.seq}"
        )
        if verdict.entries > last.seq:
            lines.append(f"entries {last.seq + 1} to {verdict.entries} are not signed yet")
    elif verdict.entries:
        lines.append(f"no entry is signed yet in {files.checkpoints}")
    return lines


def _checkpoints(files: JournalFiles, public_key: str | None) -> list[Checkpoint]:
    """The signed checkpoints; the hint says what to do only where there is something to do
    (a missing key or file), not for a damaged one, which is the finding itself."""
    try:
        if public_key:
            public = parse_public_key(public_key)
        else:
            public = load_private_key(files.key).public_key()
    except CheckpointError as err:
        hint = "" if public_key else "; pass --public-key (64 hex digits), or --chain-only"
        raise CommandError(f"{err}{hint}") from None
    try:
        return read_checkpoints(files.checkpoints, public)
    except CheckpointError as err:
        hint = (
            ""
            if files.checkpoints.exists()
            else "; `journal checkpoint` (or the running service) writes them; "
            "--chain-only checks the chain alone"
        )
        raise CommandError(f"{err}{hint}") from None


def parse_head(text: str) -> PublishedHead:
    """`SEQ:HASH` or a bare 64-digit hash; ValueError with what to type otherwise."""
    seq_text, _, digest = text.strip().rpartition(":")
    valid_hash = len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)
    if not valid_hash or (seq_text and not seq_text.isdigit()):
        raise ValueError(
            f"{text!r} is not a journal head; paste what `journal head` printed "
            "(SEQ:HASH, the hash 64 lowercase hex digits)"
        )
    return PublishedHead(digest, int(seq_text) if seq_text else None)
