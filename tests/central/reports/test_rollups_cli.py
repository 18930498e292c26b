"""`lexkiosk-central report ... --verify` and `lexkiosk-central rollups rebuild`, run as the
operator runs them: separate processes on a SQLite database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from central.cli import main
from central.db import Database
from central.models import ReportDay, ReportMonth
from tests.central.reports.seed import add_request, cst


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "central.cli", *argv]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    """GIVEN a bureau with three requests of 2026 (one completed late, one rated)."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    argv = ["org", "add", "bureau", "--db", url, "--name", "bureau", "--kind",
            "justice_bureau", "--region", "150000"]  # fmt: skip
    assert main(argv) == 0
    database = Database(url)
    add_request(database, "bureau", "hotline", "consultation", "12348 line", "150000",
                cst(2026, 3, 31, 23, 59), taken_h=30, due_h=24, rating=4)  # fmt: skip
    add_request(database, "bureau", "hall", "legal_aid", "Hall", "150000", cst(2026, 4, 1))
    add_request(database, "bureau", "online", "mediation", "Online", "150000",
                cst(2026, 8, 2, 10), taken_h=5)  # fmt: skip
    database.dispose()
    return url


def test_verify_finds_spoilt_rollups_and_a_rebuild_mends_them(db: str) -> None:
    """GIVEN roll-ups changed behind the service's back WHEN the operator verifies the year's
    report THEN it exits 1 naming the rebuild to run; after that rebuild it verifies clean."""
    assert main(["report", "yearly", "--org", "bureau", "--date", "2026-05-01", "--verify",
                 "--db", db]) == 0  # fmt: skip
    database = Database(db)
    with database.session() as session:
        session.execute(update(ReportDay).values(handled=0))
        session.execute(update(ReportMonth).values(handled=0))
    database.dispose()
    spoilt = _cli("report", "yearly", "--org", "bureau", "--date", "2026-05-01", "--verify",
                  "--db", db)  # fmt: skip
    assert spoilt.returncode == 1
    assert (
        "roll-ups (daily and monthly) of 2026 differ from the full recomputation" in spoilt.stderr
    )
    assert "rollups rebuild --from 2026-01-01 --to 2026-12-31" in spoilt.stderr
    assert "Traceback" not in spoilt.stderr
    rebuilt = _cli("rollups", "rebuild", "--from", "2026-01-01", "--to", "2026-12-31",
                   "--db", db)  # fmt: skip
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(rebuilt.stdout)["requests"] == 3
    again = _cli("report", "yearly", "--org", "bureau", "--date", "2026-05-01", "--verify",
                 "--db", db)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["requests"] == 3
    assert json.loads(again.stdout)["handled"] == 2


def test_a_rebuild_refuses_a_range_backwards_or_a_date_that_is_none(db: str) -> None:
    backwards = _cli("rollups", "rebuild", "--from", "2026-05-01", "--to", "2026-04-01",
                     "--db", db)  # fmt: skip
    assert backwards.returncode == 2
    assert "--from 2026-05-01 is after --to 2026-04-01" in backwards.stderr
    bad = _cli("rollups", "rebuild", "--from", "2026-13-01", "--db", db)
    assert bad.returncode == 2
    assert "'2026-13-01' is not a date; use YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in backwards.stderr + bad.stderr
