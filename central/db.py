"""Engine and sessions. SQLite gets WAL and foreign keys; PostgreSQL works through the same code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# Sync routes and their yield dependencies run on AnyIO's thread pool (40 threads). A session
# is released by the dependency's teardown, which needs a pool thread of its own: with fewer
# connections than threads, 40 requests waiting for a connection starve the teardowns that
# would free one, and the service stalls until the pool timeout. Keep connections > threads.
POOL_SIZE = 10
MAX_OVERFLOW = 40


def make_engine(url: str) -> Engine:
    pool = {"pool_size": POOL_SIZE, "max_overflow": MAX_OVERFLOW, "pool_timeout": 10}
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **pool
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **pool)


class Database:
    """An engine and its session factory; one per app instance."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
