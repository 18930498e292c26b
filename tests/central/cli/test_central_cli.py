"""`lexkiosk-central` as a process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli


def test_help_lists_commands() -> None:
    out = run_cli("lexkiosk-central", "--help").stdout
    for command in ("serve", "migrate", "kiosk"):
        assert command in out


def test_migrate_enroll_code_and_list(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert run_cli("lexkiosk-central", "migrate", "--db", db).returncode == 0
    ownerless = run_cli("lexkiosk-central", "kiosk", "enroll-code", "--db", db, "--site", "hall")
    assert ownerless.returncode == 2 and "--org" in ownerless.stderr
    org = ("org", "add", "bureau", "--db", db, "--name", "B", "--kind", "justice_bureau")
    assert run_cli("lexkiosk-central", *org, "--region", "150000").returncode == 0
    code = run_cli(
        "lexkiosk-central", "kiosk", "enroll-code", "--db", db, "--site", "hall", "--org", "bureau"
    )
    assert code.returncode == 0
    assert len(code.stdout.strip()) == 14 and code.stdout.count("-") == 2
    listing = run_cli("lexkiosk-central", "kiosk", "list", "--db", db, "--json")
    assert listing.returncode == 0 and listing.stdout == ""
    text = run_cli("lexkiosk-central", "kiosk", "list", "--db", db)
    assert "no terminals enrolled yet" in text.stdout
    assert json  # json output is exercised end to end in tests/e2e


def test_bad_arguments_get_a_plain_message(tmp_path: Path) -> None:
    bad_db = run_cli("lexkiosk-central", "migrate", "--db", "nosuchdb://x")
    assert bad_db.returncode == 1
    assert "is not a database URL" in bad_db.stderr and "Traceback" not in bad_db.stderr
    bad_port = run_cli("lexkiosk-central", "serve", "--port", "99999")
    assert bad_port.returncode == 2 and "use 1-65535" in bad_port.stderr
    bad_ttl = run_cli("lexkiosk-central", "kiosk", "enroll-code", "--ttl-hours", "-1")
    assert bad_ttl.returncode == 2 and "out of range" in bad_ttl.stderr
