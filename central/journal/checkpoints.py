"""Checkpoints of the journal: sign what is new, and hold the database against what was signed.

A checkpoint is written only over entries that still continue what the last checkpoint signed
(same hash at its last entry, every new link holding), so a tampered or rolled-back database is
never signed over: the writer refuses and says to run `journal verify`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.journal import chain as journal
from central.journal.signing import Checkpoint, CheckpointError, CheckpointFile, parse_line, sign
from central.models import JournalEntry
from central.settings import CentralSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JournalFiles:
    """Where the signing key and the checkpoints live: outside the database, by design."""

    key: Path
    checkpoints: Path


def journal_files(settings: CentralSettings) -> JournalFiles:
    return JournalFiles(
        key=settings.journal_key_file or settings.data_dir / "journal-signing.key",
        checkpoints=settings.journal_checkpoint_file
        or settings.data_dir / "journal-checkpoints.jsonl",
    )


def _stamp(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds")


def write_checkpoint(session: Session, key: Ed25519PrivateKey, path: Path) -> dict[str, Any] | None:
    """Sign the entries added since the last checkpoint; None if there are none."""

    def build(last: tuple[int, str] | None) -> dict[str, Any] | None:
        prev_seq, prev_hash = 0, journal.GENESIS
        if last is not None:
            point = parse_line(*last, key.public_key())
            prev_seq, prev_hash = point.seq, point.head
            signed = session.scalar(
                select(JournalEntry.entry_hash).where(JournalEntry.seq == prev_seq)
            )
            if signed != point.head:
                raise CheckpointError(
                    f"the journal no longer holds entry {prev_seq} as signed at "
                    f"{_stamp(point.at)}: run `lexkiosk-central journal verify`; "
                    "no checkpoint is written over it"
                )
        hashes: list[str] = []
        query = (
            select(JournalEntry)
            .where(JournalEntry.seq > prev_seq)
            .order_by(JournalEntry.seq)
            .execution_options(yield_per=1000)
        )
        for row in session.scalars(query):
            problem = journal.check_link(row, prev_seq + len(hashes) + 1, prev_hash)
            if problem:
                raise CheckpointError(f"{problem}: not signed; run `journal verify`")
            hashes.append(row.entry_hash)
            prev_hash = row.entry_hash
        return sign(key, prev_seq + 1, hashes) if hashes else None

    return CheckpointFile(path).append_locked(build)


def _signed(points: list[Checkpoint]) -> Iterator[tuple[Checkpoint, int, str]]:
    for point in points:
        for offset, digest in enumerate(point.hashes):
            yield point, point.from_seq + offset, digest


def compare(session: Session, points: list[Checkpoint]) -> journal.Verdict | None:
    """The first entry where the database disagrees with what was signed, or None."""
    if not points:
        return None
    query = (
        select(JournalEntry.seq, JournalEntry.entry_hash, JournalEntry.at)
        .where(JournalEntry.seq <= points[-1].seq)
        .order_by(JournalEntry.seq)
        .execution_options(yield_per=1000)
    )
    rows = iter(session.execute(query))
    row = next(rows, None)
    for point, seq, digest in _signed(points):
        while row is not None and row.seq < seq:
            row = next(rows, None)
        when = f"the checkpoint signed at {_stamp(point.at)} (line {point.line})"
        if row is None:
            last = session.scalar(select(JournalEntry.seq).order_by(JournalEntry.seq.desc()))
            return journal.Verdict(
                False,
                seq - 1,
                "",
                seq,
                f"the journal ends at entry {last or 0}, but {when} covers entries up to "
                f"{points[-1].seq}: entries {seq} to {points[-1].seq} are gone (the end was "
                "deleted, or the database was restored from an earlier state)",
            )
        if row.seq != seq:
            return journal.Verdict(
                False, seq - 1, "", seq, f"entry {seq}, signed in {when}, is missing"
            )
        if row.entry_hash != digest:
            return journal.Verdict(False, seq - 1, "", seq, _differs(seq, row.at, point, when))
    return None


def _differs(seq: int, at: datetime, point: Checkpoint, when: str) -> str:
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    if aware > point.at:
        return (
            f"entry {seq} was written at {_stamp(aware)}, after {when} had signed another entry "
            f"{seq}: the database was restored to entry {seq - 1} (entries {seq} to "
            f"{point.seq} as signed are gone) and written again since, or it was rewritten"
        )
    return (
        f"entry {seq} is not the entry signed in {when}: it was altered after signing "
        "(and the chain re-hashed from it)"
    )


def verify_signed(
    session: Session,
    points: list[Checkpoint],
    head: str | None = None,
    head_seq: int | None = None,
) -> journal.Verdict:
    """The chain walk and the signed hashes together; the earliest problem wins."""
    chain = journal.verify(session, head, head_seq)
    signed = compare(session, points)
    if signed is None:
        return chain
    if chain.ok or (chain.broken_at_seq or 0) > (signed.broken_at_seq or 0):
        return replace(signed, head=chain.head)
    return chain
