"""The append-only, hash-chained journal: append, head, verify. No HTTP here.

Each entry's hash covers its sequence number, time, actor, action, subject, the SHA-256 of its
payload and the previous entry's hash, so altering or deleting any row breaks the chain from
there on, unless whoever altered it recomputed the hashes after it. Rows cut from the end leave
a valid shorter chain. Both are caught only by something kept outside the database: the signed
checkpoints (`central.journal.checkpoints`) or a head published elsewhere (`verify --head`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.models import JournalEntry, JournalHead

GENESIS = "0" * 64


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def payload_hash(payload: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(payload)).hexdigest()


def _stamp(moment: datetime) -> str:
    """One spelling of a time on every backend (SQLite hands back naive UTC datetimes)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    seq: int, at: datetime, actor: str, action: str, subject: str, p_hash: str, prev: str
) -> str:
    fields = [seq, _stamp(at), actor, action, subject, p_hash, prev]
    return hashlib.sha256(_canonical(fields)).hexdigest()


def append(
    session: Session,
    actor: str,
    action: str,
    subject: str,
    payload: dict[str, Any] | None = None,
) -> JournalEntry:
    """Add one link in the caller's transaction, so the event and its record commit together.

    Bumping the head row first takes a write lock (a row lock on PostgreSQL, the database
    lock on SQLite): concurrent writers queue here instead of forking the chain.
    """
    seq, prev = session.execute(
        update(JournalHead)
        .where(JournalHead.id == 1)
        .values(seq=JournalHead.seq + 1)
        .returning(JournalHead.seq, JournalHead.entry_hash)
    ).one()
    body = dict(payload or {})
    at = datetime.now(UTC)
    actor, action, subject = actor[:64], action[:64], subject[:128]
    p_hash = payload_hash(body)
    entry = JournalEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        payload=body,
        payload_sha256=p_hash,
        prev_hash=prev,
        entry_hash=entry_hash(seq, at, actor, action, subject, p_hash, prev),
    )
    session.add(entry)
    session.execute(
        update(JournalHead).where(JournalHead.id == 1).values(entry_hash=entry.entry_hash)
    )
    return entry


def head(session: Session) -> tuple[int, str]:
    """The latest link as (sequence number, hash); (0, GENESIS) for an empty journal."""
    last = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)).first()
    return (last.seq, last.entry_hash) if last else (0, GENESIS)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    head: str
    broken_at_seq: int | None = None
    reason: str | None = None


def verify(
    session: Session,
    expected_head: str | None = None,
    head_seq: int | None = None,
    batch: int = 1000,
) -> Verdict:
    """Walk the chain from the start; report the first link that does not hold. With a head
    published earlier (`head_seq` too, if known), report where the journal departs from it."""
    prev, expected_seq, count = GENESIS, 1, 0
    seen_expected = expected_head is None or expected_head == GENESIS
    query = select(JournalEntry).order_by(JournalEntry.seq).execution_options(yield_per=batch)
    rows = session.scalars(query)
    try:
        for row in rows:
            problem = check_link(row, expected_seq, prev)
            if problem:
                return Verdict(False, count, prev, row.seq, problem)
            prev, expected_seq, count = row.entry_hash, expected_seq + 1, count + 1
            seen_expected = seen_expected or row.entry_hash == expected_head
    finally:
        rows.close()  # a server-side cursor on PostgreSQL: release it on an early return
    if seen_expected:
        return Verdict(True, count, prev)
    return Verdict(False, count, prev, head_seq, _departs(expected_head, head_seq, count))


def _departs(published: str | None, head_seq: int | None, count: int) -> str:
    """Why a chain that holds by itself does not contain the published head."""
    if head_seq is None:
        return (
            f"the published head {published} is not in the journal: an entry was altered and "
            f"the chain re-hashed after it was published, or entries were cut from the end "
            f"(the journal now ends at entry {count}), or the head is from another journal "
            "(`journal head` prints SEQ:HASH, which tells these apart)"
        )
    if count < head_seq:
        return (
            f"the journal ends at entry {count}, but the published head is entry {head_seq}: "
            f"entries {count + 1} to {head_seq} were removed (the end was cut, or the database "
            "was restored from an earlier state)"
        )
    return (
        f"entry {head_seq} is not the published head: an entry up to {head_seq} was altered "
        "and the chain re-hashed after the head was published (the signed checkpoints name it)"
    )


def check_link(row: JournalEntry, expected_seq: int, prev: str) -> str | None:
    if row.seq != expected_seq:
        return f"sequence {expected_seq} is missing (next present is {row.seq})"
    if row.prev_hash != prev:
        return f"entry {row.seq} does not link to the entry before it"
    if payload_hash(row.payload) != row.payload_sha256:
        return f"entry {row.seq}'s payload does not match its payload hash"
    digest = entry_hash(
        row.seq, row.at, row.actor, row.action, row.subject, row.payload_sha256, row.prev_hash
    )
    if digest != row.entry_hash:
        return f"entry {row.seq}'s fields do not match its hash"
    return None
