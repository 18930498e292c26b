"""The database in one snapshot while the service keeps writing, and its restore.

PostgreSQL: a REPEATABLE READ transaction exports its snapshot; the row counts and the journal
head are read in it and `pg_dump -Fc --snapshot` dumps exactly that state, so the figures in
the manifest are those of the dump. SQLite: the online backup API copies the file as of one
moment (writers in WAL mode go on); the figures are read from the copy.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import (
    Connection,
    column,
    create_engine,
    func,
    inspect,
    make_url,
    select,
    table,
    text,
)

from central.backup.errors import BackupError
from central.backup.manifest import Backend, Snapshot
from central.journal.chain import GENESIS

PG_DUMP_TIMEOUT_S = 3600.0


def backend_of(url: str) -> Backend:
    name = make_url(url).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise BackupError(f"cannot back up a {name} database; use sqlite:/// or postgresql+psycopg")
    return "sqlite" if name == "sqlite" else "postgresql"


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError(f"{url!r} names no SQLite file; use sqlite:///PATH")
    return Path(database)


def _figures(conn: Connection, backend: Backend, schema: str | None) -> Snapshot:
    tables = sorted(inspect(conn).get_table_names(schema=schema))
    if "journal_entries" not in tables:
        raise BackupError("the database has no journal: run `lexkiosk-central migrate` first")
    counts = {
        name: int(conn.execute(select(func.count()).select_from(table(name, schema=schema)))
                  .scalar_one())
        for name in tables
    }  # fmt: skip
    entries = table("journal_entries", column("seq"), column("entry_hash"), schema=schema)
    last = conn.execute(
        select(entries.c.seq, entries.c.entry_hash).order_by(entries.c.seq.desc()).limit(1)
    ).first()
    seq, digest = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    return Snapshot(
        backend=backend,
        schema_name=schema,
        journal_seq=seq,
        journal_hash=digest,
        counts=counts,
    )


def figures(url: str) -> Snapshot:
    """Counts and journal head of a database as it is now (after a restore)."""
    backend = backend_of(url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one() if (
                backend == "postgresql"
            ) else None  # fmt: skip
            return _figures(conn, backend, schema)
    finally:
        engine.dispose()


def libpq_env(url: str) -> dict[str, str]:
    """The connection as libpq's environment (the password never on a command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    pairs = {
        "PGHOST": parsed.host,
        "PGPORT": str(parsed.port) if parsed.port else None,
        "PGUSER": parsed.username,
        "PGPASSWORD": parsed.password,
        "PGDATABASE": parsed.database,
        "PGOPTIONS": parsed.query.get("options"),
    }
    env.update({key: str(value) for key, value in pairs.items() if value})
    return env


def dump(url: str, out: Path) -> Snapshot:
    """Write the snapshot to `out`; its figures."""
    if backend_of(url) == "sqlite":
        return _dump_sqlite(sqlite_path(url), out)
    return _dump_postgres(url, out)


def _dump_sqlite(source: Path, out: Path) -> Snapshot:
    if not source.is_file():
        raise BackupError(f"there is no SQLite database at {source}")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(out)
    try:
        src.backup(dst)  # one step: a consistent copy as of one moment
    finally:
        src.close()
        dst.close()
    return figures(f"sqlite:///{out}")


def _dump_postgres(url: str, out: Path) -> Snapshot:
    engine = create_engine(url)
    try:
        with (
            engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn,
            conn.begin(),
        ):
            snapshot_id = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
            taken = _figures(conn, "postgresql", schema)
            command = ["pg_dump", "-Fc", "--no-owner", "--no-privileges", "-n", schema]
            command += ["--snapshot", snapshot_id, "-f", str(out)]
            done = subprocess.run(
                command,
                env=libpq_env(url),
                capture_output=True,
                text=True,
                timeout=PG_DUMP_TIMEOUT_S,
                check=False,
            )
    finally:
        engine.dispose()
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip()[-500:]}")
    return taken


def ensure_empty(url: str, snapshot: Snapshot, force: bool) -> None:
    """Refuse a target that holds data, unless `force` (then it is cleared first)."""
    if snapshot.backend != backend_of(url):
        raise BackupError(
            f"the archive holds a {snapshot.backend} database; restore it into a "
            f"{snapshot.backend} URL, not {backend_of(url)}"
        )
    if snapshot.backend == "sqlite":
        path = sqlite_path(url)
        if path.exists() and path.stat().st_size > 0:
            if not force:
                raise BackupError(f"{path} already exists; restore into a new file or add --force")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            tables = inspect(conn).get_table_names(schema=snapshot.schema_name)
            if tables and not force:
                raise BackupError(
                    f"schema {snapshot.schema_name} of the target database already holds "
                    f"{len(tables)} tables; restore into an empty database or add --force"
                )
            if tables:
                conn.exec_driver_sql(f'DROP SCHEMA "{snapshot.schema_name}" CASCADE')
    finally:
        engine.dispose()


def load(url: str, dumped: Path, snapshot: Snapshot) -> None:
    """Put the dumped snapshot into the (empty) target."""
    if snapshot.backend == "sqlite":
        target = sqlite_path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{dumped}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        return
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
    command += ["--single-transaction", "-d", make_url(url).database or "", str(dumped)]
    done = subprocess.run(
        command,
        env=libpq_env(url),
        capture_output=True,
        text=True,
        timeout=PG_DUMP_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed: {done.stderr.strip()[-500:]}")
