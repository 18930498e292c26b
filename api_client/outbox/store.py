"""The outbox database: SQLite in WAL mode with synchronous writes, payloads sealed.

An item is committed (and fsynced) before `add` returns, so once the resident is told
"submitted", a crash or a power cut cannot lose it. The tracking-number sequence advances in
the same transaction, so two items never share a number.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from api_client.outbox.attachments import Attachment, AttachmentFiles
from api_client.outbox.crypto import Sealer
from api_client.tracking import make_tracking_number

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    tracking_number TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'refused')),
    payload BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS attachments (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    upload_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    PRIMARY KEY (item_id, position)
);
CREATE TABLE IF NOT EXISTS sequence (terminal_id TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS items_due ON items (state, next_attempt_at, id);
"""


@dataclass(frozen=True, repr=False)
class OutboxItem:
    id: int
    idempotency_key: str
    kind: str
    tracking_number: str
    created_at: float
    attempts: int
    payload: dict[str, Any]  # personal data: never logged
    attachments: tuple[Attachment, ...] = ()

    def __repr__(self) -> str:
        return f"OutboxItem({self.id}, {self.kind}, {self.tracking_number})"


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    refused: int
    oldest_age_s: float | None
    last_error: str | None


class OutboxStore:
    def __init__(self, path: Path, sealer: Sealer, terminal_id: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.chmod(0o700)
        self.path = path
        self._sealer = sealer
        self._terminal_id = terminal_id
        self._lock = threading.Lock()
        self._added: list[Callable[[], None]] = []
        self.files = AttachmentFiles(path.parent / f"{path.stem}-files", sealer)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        path.chmod(0o600)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def add(
        self,
        kind: str,
        payload: dict[str, Any],
        now: float | None = None,
        files: Sequence[bytes] = (),
    ) -> OutboxItem:
        """Store an item (and its files) durably, give it its tracking number; returns once
        everything is on disk. The files go up in chunks before the item itself."""
        moment = time.time() if now is None else now
        key = str(uuid.uuid4())
        attachments = tuple(self.files.write(key, data) for data in files)
        if attachments:
            payload = {**payload, "attachments": [a.upload_id for a in attachments]}
        with self._transaction() as db:
            tracking = self._next_number(db, moment)
            sealed = self._sealer.seal(json.dumps(payload, ensure_ascii=False).encode(), key)
            cursor = db.execute(
                "INSERT INTO items (idempotency_key, kind, tracking_number, created_at,"
                " next_attempt_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
                (key, kind, tracking, moment, moment, sealed),
            )
            item_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO attachments (item_id, position, upload_id, size, sha256, chunks)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (item_id, n, a.upload_id, a.size, a.sha256, a.chunks)
                    for n, a in enumerate(attachments)
                ],
            )
        for listener in list(self._added):
            listener()
        return OutboxItem(item_id, key, kind, tracking, moment, 0, payload, attachments)

    def _next_number(self, db: sqlite3.Connection, moment: float) -> str:
        row = db.execute(
            "INSERT INTO sequence (terminal_id, last) VALUES (?, 1) "
            "ON CONFLICT (terminal_id) DO UPDATE SET last = last + 1 RETURNING last",
            (self._terminal_id,),
        ).fetchone()
        day = datetime.fromtimestamp(moment, UTC).date()
        return make_tracking_number(self._terminal_id, day, int(row[0]))

    def issue_tracking_number(self, now: float | None = None) -> str:
        """A number from the terminal's sequence for something sent online at once (a
        booking), so it never collides with what the outbox holds or will hold."""
        with self._transaction() as db:
            return self._next_number(db, time.time() if now is None else now)

    def on_added(self, listener: Callable[[], None]) -> None:
        """Call `listener` (from the adding thread) after each item is safely stored."""
        self._added.append(listener)

    def due(self, now: float, limit: int = 50) -> list[OutboxItem]:
        """Pending items whose back-off has passed, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, idempotency_key, kind, tracking_number, created_at, attempts, payload"
                " FROM items WHERE state = 'pending' AND next_attempt_at <= ?"
                " ORDER BY id LIMIT ?",
                (now, limit),
            ).fetchall()
            files = self._db.execute(
                "SELECT item_id, upload_id, size, sha256, chunks FROM attachments"
                " WHERE item_id IN (SELECT id FROM items WHERE state = 'pending'"
                " AND next_attempt_at <= ? ORDER BY id LIMIT ?) ORDER BY item_id, position",
                (now, limit),
            ).fetchall()
        by_item: dict[int, list[Attachment]] = {}
        for f in files:
            by_item.setdefault(f[0], []).append(Attachment(f[1], f[2], f[3], f[4]))
        return [
            OutboxItem(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                json.loads(self._sealer.open(r[6], r[1])),
                tuple(by_item.get(r[0], ())),
            )
            for r in rows
        ]

    def delivered(self, item: OutboxItem) -> None:
        """The central service confirmed the item: it leaves the outbox, files and all."""
        with self._transaction() as db:
            db.execute("DELETE FROM items WHERE id = ?", (item.id,))
        self.files.remove(item.idempotency_key)

    def failed(self, item_id: int, error: str, retry_at: float) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE items SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                " WHERE id = ?",
                (error[:200], retry_at, item_id),
            )

    def refused(self, item_id: int, error: str) -> None:
        """The central service rejected the item for good: keep it for a technician."""
        with self._transaction() as db:
            db.execute(
                "UPDATE items SET state = 'refused', last_error = ? WHERE id = ?",
                (error[:200], item_id),
            )

    def retry_now(self, now: float) -> int:
        """Make every pending and refused item due at once; returns how many."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE items SET next_attempt_at = ?, state = 'pending'"
                " WHERE state IN ('pending', 'refused')",
                (now,),
            )
        return cursor.rowcount

    def purge(self) -> None:
        """Squeeze the space delivered items took out of the database and its WAL file, and
        sweep attachment folders no item owns."""
        with self._lock:
            live = {r[0] for r in self._db.execute("SELECT idempotency_key FROM items")}
        self.files.sweep(live)
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def status(self, now: float) -> OutboxStatus:
        with self._lock:
            pending, refused, oldest = self._db.execute(
                "SELECT SUM(state = 'pending'), SUM(state = 'refused'), MIN(created_at) FROM items"
            ).fetchone()
            error = self._db.execute(
                "SELECT last_error FROM items WHERE last_error IS NOT NULL"
                " ORDER BY next_attempt_at DESC LIMIT 1"
            ).fetchone()
        return OutboxStatus(
            int(pending or 0),
            int(refused or 0),
            None if oldest is None else now - float(oldest),
            None if error is None else str(error[0]),
        )
