"""Take SQLite's write lock before a request transaction reads what it will write.

pysqlite starts a transaction at `SAVEPOINT` (or at the first write) in deferred mode: a
transaction that has read and then writes while another writer committed meanwhile fails at
once with "database is locked" (SQLite refuses the upgrade rather than deadlock; the busy
timeout does not apply). Racing bookings found it. Writing first (a no-op update of the
journal head, which every request transaction updates anyway) makes the transaction a writer
from its first statement, so it waits its turn instead. PostgreSQL needs none of this: its
row locks and unique indexes settle races, so nothing is done there.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from central.models import JournalHead


def write_lock(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(JournalHead).where(JournalHead.id == 1).values(seq=JournalHead.seq))
