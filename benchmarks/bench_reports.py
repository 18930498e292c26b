"""The quarterly supervisor report over 2,000,000 requests (a province over ten years), on
SQLite and on PostgreSQL, next to a bare COUNT(*) of the quarter's requests measured in the
same run on the same database. Goal: the quarterly report in <= 2 s on each backend.

The seeded databases are kept (SQLite under .data/bench/, PostgreSQL in its own schema) and
reused by later runs with the same row count; --reseed starts again.

    .venv/bin/python -m benchmarks.bench_reports [--rows N] [--date 2025-08-15] [--no-pg]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import OperationalError

from benchmarks.report_province import build_province
from benchmarks.report_seed import seed, seeded_rows
from central.db import Database
from central.migrate import upgrade
from central.models import Organisation, RequestRow
from central.reports.build import build_report
from central.reports.periods import period_for

DEFAULT_PG = "postgresql+psycopg://lexkiosk_test:lexkiosk_test@127.0.0.1:5432/lexkiosk_test"
GOAL_S = 2.0
SEED_VERSION = "v2"  # bump when the seed or the schema changes: cached databases are redone
# The report's "now": after the seeded years, so every period is closed.
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the following runs) in seconds."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def _sqlite_url(cache: Path, rows: int, reseed: bool) -> str:
    path = cache / f"reports-{SEED_VERSION}-{rows}.sqlite3"
    url = f"sqlite:///{path.resolve()}"
    if not reseed and path.exists():
        engine = create_engine(url)
        done = seeded_rows(engine)
        engine.dispose()
        if done == rows:
            return url
    for leftover in cache.glob(f"{path.name}*"):
        leftover.unlink()
    return url


def _pg_url(base: str, rows: int, reseed: bool) -> str | None:
    schema = f"bench_reports_{SEED_VERSION}_{rows}"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM information_schema.tables WHERE table_schema = :s AND "
                     "table_name = 'bench_seed'"), {"s": schema}
            ).first()  # fmt: skip
            if reseed or not exists:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
                conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as err:
        print(f"PostgreSQL unavailable ({str(err.orig).splitlines()[0]}); run scripts/services.sh")
        return None
    finally:
        admin.dispose()
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def _ensure_seeded(url: str, rows: int) -> None:
    upgrade(url)
    engine: Engine = create_engine(url)
    try:
        found = seeded_rows(engine)
        if found == rows:
            print(f"  reusing the seeded database ({rows:,} requests)")
            return
        took = seed(engine, build_province(), rows)
        print(f"  seeded {rows:,} requests (+ transfers, ratings, uptime) in {took:.0f} s")
    finally:
        engine.dispose()


def _measure(name: str, url: str, day: date, runs: int) -> dict[str, float]:
    database = Database(url)
    quarter = period_for("quarterly", day)
    start, end = quarter.starts_at, quarter.ends_at
    figures: dict[str, float] = {}
    try:
        with database.session() as session:
            count_q = select(func.count()).where(
                RequestRow.created_at >= start, RequestRow.created_at < end
            )
            rows = session.scalar(count_q) or 0
            figures["baseline"] = _timed(lambda: session.scalar(count_q), runs)[1]
            province = session.scalars(
                select(Organisation).where(Organisation.code == "province")
            ).one()
            city = session.scalars(select(Organisation).where(Organisation.code == "c1501")).one()
            first, warm = _timed(lambda: build_report(session, province, quarter, NOW), runs)
            figures["quarter_first"], figures["quarter"] = first, warm
            figures["quarter_city"] = _timed(
                lambda: build_report(session, city, quarter, NOW), runs
            )[1]
            year = period_for("yearly", day)
            figures["year"] = _timed(lambda: build_report(session, province, year, NOW), 1)[1]
            report = build_report(session, province, quarter, NOW)
    finally:
        database.dispose()
    print(
        f"  {quarter.label}: {rows:,} requests in the quarter; report: {report.requests:,} "
        f"requests, median {report.handling.median_hours} h, p90 {report.handling.p90_hours} h, "
        f"{len(report.by_site)} sites, {len(report.transfers)} transfer routes, "
        f"score {report.score}"
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2025, 8, 15))
    parser.add_argument("--runs", type=int, default=3, help="timed runs after the first")
    parser.add_argument("--cache", type=Path, default=Path(".data/bench"))
    parser.add_argument("--pg-url", default=os.environ.get("LEXKIOSK_BENCH_PG_URL", DEFAULT_PG))
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--reseed", action="store_true")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    backends = [("SQLite", _sqlite_url(args.cache, args.rows, args.reseed))]
    if not args.no_pg:
        pg = _pg_url(args.pg_url, args.rows, args.reseed)
        if pg is not None:
            backends.append(("PostgreSQL", pg))
    results = {}
    for name, url in backends:
        print(f"{name}:")
        _ensure_seeded(url, args.rows)
        results[name] = _measure(name, url, args.date, args.runs)
    print()
    print(f"{'':12} {'COUNT(*)':>9} {'quarter 1st':>12} {'quarter':>8} {'city qtr':>9} "
          f"{'year':>7} {'quarter/COUNT':>14}")  # fmt: skip
    verdict = 0
    for name, f in results.items():
        ratio = f["quarter"] / f["baseline"] if f["baseline"] else float("inf")
        print(
            f"{name:12} {f['baseline']:8.3f}s {f['quarter_first']:11.3f}s {f['quarter']:7.3f}s "
            f"{f['quarter_city']:8.3f}s {f['year']:6.2f}s {ratio:13.1f}x"
        )
        if f["quarter"] > GOAL_S:
            verdict = 1
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"goal: the quarterly report <= {GOAL_S:.0f} s on each backend "
        f"({'met' if verdict == 0 else 'NOT met'}); {args.rows:,} requests; "
        f"{os.cpu_count()} cores shared, load average {load}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
