"""Write the benchmark province into a migrated database fast: SQLite by executemany in big
transactions, PostgreSQL by COPY. A finished seed leaves a `bench_seed` row, so a later run
reuses the database instead of seeding again."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, text

from benchmarks.report_province import Province, request_chunks, uptime_rows

ENROLLED = "2015-12-01 00:00:00.000000"
REQUEST_COLUMNS = (
    "id", "tracking_number", "kind", "channel", "status", "organisation_id", "region_code",
    "site", "created_at", "updated_at", "due_at", "completed_at",
)  # fmt: skip
REQUEST_CONSTANTS = {"summary": "", "applicant": "{}", "attachments": "[]", "details": "{}"}
TRANSFER_COLUMNS = (
    "request_id", "from_organisation_id", "to_organisation_id", "deadline_at", "created_at",
    "state", "answered_at",
)  # fmt: skip
TRANSFER_CONSTANTS = {"reason": "bench", "created_by": "bench"}
RATING_COLUMNS = ("request_id", "score", "channel", "rated_at")
RATING_CONSTANTS = {"comment": ""}


def seeded_rows(engine: Engine) -> int | None:
    """The number of requests a finished seed wrote, or None."""
    with engine.connect() as conn:
        try:
            found = conn.execute(text("SELECT requests FROM bench_seed")).scalar()
        except Exception:  # no such table: never seeded (or interrupted)
            return None
    return int(found) if found is not None else None


def _fixed_rows(province: Province) -> dict[str, tuple[Sequence[str], list[tuple[Any, ...]]]]:
    orgs = [(o.id, o.code, o.name, o.kind, o.region, o.parent_id, ENROLLED) for o in province.orgs]
    kiosks = [
        (k, f"P{k:05d}", site, f"{k:064x}", owner, ENROLLED, "[]")
        for k, site, owner in province.kiosks
    ]
    targets = [(1, 1, "*", 50, 24.0, 4.2, 0.95, ENROLLED, "bench")]
    return {
        "organisations": (
            ("id", "code", "name", "kind", "region_code", "parent_id", "created_at"),
            orgs,
        ),
        "kiosks": (
            (
                "id",
                "terminal_id",
                "site",
                "token_sha256",
                "organisation_id",
                "enrolled_at",
                "devices",
            ),
            kiosks,
        ),
        "report_targets": (
            (
                "id",
                "organisation_id",
                "site",
                "requests_per_month",
                "median_handling_hours",
                "satisfaction_min",
                "uptime_min",
                "updated_at",
                "updated_by",
            ),
            targets,
        ),
    }


class SqliteSeeder:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _insert(self, conn: Any, table: str, columns: Sequence[str], rows: Iterable[Any],
                constants: dict[str, str] | None = None) -> None:  # fmt: skip
        constants = constants or {}
        names = ", ".join([*columns, *constants])
        marks = ", ".join(["?"] * len(columns) + [f"'{v}'" for v in constants.values()])
        conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def seed(self, province: Province, total: int) -> None:
        raw = self.engine.raw_connection()
        try:
            conn: Any = raw.driver_connection
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("PRAGMA cache_size=-1000000")
            for table, (columns, rows) in _fixed_rows(province).items():
                self._insert(conn, table, columns, rows)
            for chunk in request_chunks(province, total, chunk=200_000):
                self._insert(conn, "requests", REQUEST_COLUMNS, chunk.requests, REQUEST_CONSTANTS)
                self._insert(conn, "transfer_orders", TRANSFER_COLUMNS, chunk.transfers,
                             TRANSFER_CONSTANTS)  # fmt: skip
                self._insert(conn, "ratings", RATING_COLUMNS, chunk.ratings, RATING_CONSTANTS)
                conn.commit()
            self._insert(conn, "kiosk_uptime", ("kiosk_id", "day", "online_s"),
                         uptime_rows(province))  # fmt: skip
            conn.execute("CREATE TABLE bench_seed (requests INTEGER)")
            conn.execute("INSERT INTO bench_seed VALUES (?)", (total,))
            conn.commit()
            conn.execute("ANALYZE")
            conn.commit()
        finally:
            raw.close()


def _copy_text(rows: Iterable[Sequence[Any]], constants: Sequence[str]) -> str:
    tail = "".join("\t" + c for c in constants)
    lines = ["\t".join("\\N" if v is None else str(v) for v in row) + tail + "\n" for row in rows]
    return "".join(lines)


class PostgresSeeder:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _copy(self, cur: Any, table: str, columns: Sequence[str], rows: Iterable[Any],
              constants: dict[str, str] | None = None) -> None:  # fmt: skip
        constants = constants or {}
        names = ", ".join([*columns, *constants])
        with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            copy.write(_copy_text(rows, list(constants.values())))

    def seed(self, province: Province, total: int) -> None:
        raw = self.engine.raw_connection()
        try:
            conn: Any = raw.driver_connection
            with conn.cursor() as cur:
                cur.execute("SET TIME ZONE 'UTC'")
                for table, (columns, rows) in _fixed_rows(province).items():
                    self._copy(cur, table, columns, rows)
                for chunk in request_chunks(province, total, chunk=200_000):
                    self._copy(cur, "requests", REQUEST_COLUMNS, chunk.requests,
                               REQUEST_CONSTANTS)  # fmt: skip
                    self._copy(cur, "transfer_orders", TRANSFER_COLUMNS, chunk.transfers,
                               TRANSFER_CONSTANTS)  # fmt: skip
                    self._copy(cur, "ratings", RATING_COLUMNS, chunk.ratings, RATING_CONSTANTS)
                    conn.commit()
                self._copy(cur, "kiosk_uptime", ("kiosk_id", "day", "online_s"),
                           uptime_rows(province))  # fmt: skip
                for table in (
                    "organisations",
                    "kiosks",
                    "requests",
                    "transfer_orders",
                    "ratings",
                    "report_targets",
                ):
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                cur.execute("CREATE TABLE bench_seed (requests INTEGER)")
                cur.execute("INSERT INTO bench_seed VALUES (%s)", (total,))
                conn.commit()
            conn.autocommit = True  # VACUUM refuses to run in a transaction
            with conn.cursor() as cur:
                for table in ("requests", "transfer_orders", "ratings", "kiosk_uptime"):
                    cur.execute(f"VACUUM ANALYZE {table}")  # this schema's only
        finally:
            raw.close()


def seed(engine: Engine, province: Province, total: int) -> float:
    """Seed and return the seconds it took."""
    started = time.perf_counter()
    seeder = SqliteSeeder(engine) if engine.dialect.name == "sqlite" else PostgresSeeder(engine)
    seeder.seed(province, total)
    return time.perf_counter() - started
