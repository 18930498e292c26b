"""Engine and sessions. SQLite gets WAL and foreign keys; PostgreSQL works through the same code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from central.reports.rollups import register

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

        @event.listens_for(engine, "savepoint")
        def _begin_before_savepoint(conn: Connection, _name: str) -> None:
            # pysqlite opens a transaction only before INSERT/UPDATE/DELETE, never before a
            # SAVEPOINT: a savepoint outside a transaction is SQLite's own outermost one, and
            # its RELEASE commits at once. receive() stores a submission in a savepoint and
            # journals it after, so a failed journal write left an unjournaled submission.
            # Every savepoint here guards a write, so the transaction takes the write lock
            # now (waiting out the busy timeout) rather than failing when a read upgrades.
            dbapi = conn.connection.dbapi_connection
            if dbapi is not None and not dbapi.in_transaction:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **pool)


class Database:
    """An engine and its session factory; one per app instance."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The report roll-ups change with the requests, in the same transaction.
        register(self.sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
