"""`lexkiosk-central target set|list` and `lexkiosk-central report`, as an operator types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from central.cli import main
from central.db import Database
from tests.central.reports.seed import add_request, cst


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    for code, region, parent in (("bureau", "150000", None), ("city", "150100", "bureau")):
        argv = ["org", "add", code, "--db", url, "--name", code, "--kind", "justice_bureau",
                "--region", region]  # fmt: skip
        assert main(argv + (["--parent", parent] if parent else [])) == 0
    return url


def test_set_and_list_targets(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "set", "bureau", "*", "--db", db, "--uptime", "0.95"]) == 0
    argv = ["target", "set", "city", "Hall", "--db", db, "--requests-per-month", "40"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["target", "list", "city", "--db", db]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(t["organisation"], t["site"]) for t in listed] == [("city", "Hall"), ("bureau", "*")]
    assert listed[1]["uptime_min"] == 0.95 and listed[1]["updated_by"] == "cli"


def test_bad_targets_and_unknown_orgs_say_what_is_allowed(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["target", "set", "city", "*", "--db", db, "--satisfaction", "7"]) == 2
    assert "satisfaction_min: Input should be less than or equal to 5" in capsys.readouterr().err
    assert main(["target", "list", "nowhere", "--db", db]) == 2
    assert "no organisation with code 'nowhere'" in capsys.readouterr().err


def test_a_report_as_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    database = Database(db)
    add_request(database, "city", "hotline", "consultation", "12348 line", "150100",
                cst(2026, 8, 1, 9), taken_h=3)  # fmt: skip
    database.dispose()
    capsys.readouterr()
    argv = ["report", "quarterly", "--org", "city", "--date", "2026-08-15", "--csv", "--db", db]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "totals,all,requests,1" in out and "handling,all,median_hours,3.0" in out
    assert main(["report", "yearly", "--org", "city", "--date", "1999-01-01", "--db", db]) == 2
    assert "use a date from 2000-01-01" in capsys.readouterr().err
