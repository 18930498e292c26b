"""Every period's supervisor report (week, month, quarter, year) over 2,000,000 requests (a
province over ten years), on SQLite and on PostgreSQL, read from the monthly and daily
roll-ups, next to the full recomputation from the raw requests (the oracle) measured in the
same run on the same database; the two reports must be equal. Goal: every period <= 2 s on
each backend.

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

from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import OperationalError

from benchmarks.report_province import build_province
from benchmarks.report_seed import seed, seeded_rows
from central.db import Database
from central.migrate import upgrade
from central.models import Organisation
from central.reports.build import Source, build_report
from central.reports.periods import PeriodName, period_for
from central.reports.rollups import rebuild

DEFAULT_PG = "postgresql+psycopg://lexkiosk_test:lexkiosk_test@127.0.0.1:5432/lexkiosk_test"
GOAL_S = 2.0
PERIODS: tuple[PeriodName, ...] = ("weekly", "monthly", "quarterly", "yearly")
SEED_VERSION = "v2"  # bump when the seed or the schema changes: cached databases are redone
# The report's "now": after the seeded years, so every period is closed.
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _timed(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(first run, median of the following runs, median CPU seconds of this process over
    them) in seconds. The CPU figure moves little with the shared machine's load (SQLite
    runs in this process; PostgreSQL's own work is not in it)."""
    times, cpu = [], []
    for _ in range(runs + 1):
        started, used = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return times[0], statistics.median(times[1:]), statistics.median(cpu[1:])


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
        database = Database(url)
        started = time.perf_counter()
        with database.session() as session:
            done = rebuild(session)  # the seed wrote the raw tables only
        database.dispose()
        took = time.perf_counter() - started
        print(f"  rebuilt the roll-ups ({done.rows:,} rows) in {took:.0f} s")
    finally:
        engine.dispose()


def _measure(url: str, day: date, runs: int) -> dict[str, tuple[float, float, float, float]]:
    """Per period: (roll-ups first run, roll-ups warm median, its CPU seconds, full
    recomputation)."""
    database = Database(url)
    figures: dict[str, tuple[float, float, float, float]] = {}
    try:
        with database.session() as session:
            orgs = {
                o.code: o
                for o in session.scalars(
                    select(Organisation).where(Organisation.code.in_(["province", "c1501"]))
                )
            }
            cases = [(name, orgs["province"]) for name in PERIODS]
            cases.append(("quarterly", orgs["c1501"]))
            for name, org in cases:
                period = period_for(name, day)

                def run(source: Source, period: object = period, org: object = org) -> object:
                    return build_report(session, org, period, NOW, source)  # type: ignore[arg-type]

                first, warm, cpu = _timed(lambda: run("rollups"), runs)
                full = _timed(lambda: run("raw"), 1)[1]
                fast, oracle = run("rollups"), run("raw")
                label = f"{period.label} {org.code}"
                figures[label] = (first, warm, cpu, full)
                same = "equal" if fast == oracle else "DIFFERENT"
                print(f"  {label}: {fast.requests:,} requests, median "  # type: ignore[attr-defined]
                      f"{fast.handling.median_hours} h; roll-ups and recomputation {same}")  # type: ignore[attr-defined]  # fmt: skip
                if fast != oracle:
                    figures[label] = (first, float("inf"), cpu, full)
    finally:
        database.dispose()
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
        results[name] = _measure(url, args.date, args.runs)
    print()
    print(f"{'':12} {'period':22} {'roll-ups 1st':>12} {'roll-ups':>9} {'its CPU':>8} "
          f"{'full':>8} {'full/roll-ups':>14}")  # fmt: skip
    met = True
    for name, periods in results.items():
        for label, (first, warm, cpu, full) in periods.items():
            ratio = full / warm if warm else float("inf")
            print(f"{name:12} {label:22} {first:11.3f}s {warm:8.3f}s {cpu:7.3f}s {full:7.3f}s "
                  f"{ratio:13.1f}x")  # fmt: skip
            met = met and max(first, warm) <= GOAL_S
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"goal: every period's report <= {GOAL_S:.0f} s on each backend, equal to the full "
        f"recomputation ({'met' if met else 'NOT met'}); {args.rows:,} requests; "
        f"{os.cpu_count()} cores shared, load average {load}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
