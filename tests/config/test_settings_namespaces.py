"""The terminal (LEXKIOSK_*) and the central service (LEXCENTRAL_*) keep to their own variables.

On a machine that runs both, as the demo does, each side's commands run with the other side's
variables set, as processes.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import run_cli


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEXKIOSK_", "LEXCENTRAL_"))}
    (tmp_path / "kiosk.toml").write_text('terminal_id = "HALL01"\n')
    return env | {"LEXKIOSK_CONFIG": str(tmp_path / "kiosk.toml")}


def test_terminal_commands_ignore_the_central_services_variables(tmp_path: Path) -> None:
    """GIVEN the central service's variables (new and old names) and the test harness's
    WHEN `lexkiosk config validate|show` runs THEN it starts and reports its own settings."""
    env = _clean_env(tmp_path) | {
        "LEXCENTRAL_DATA": str(tmp_path / "central"),
        "LEXKIOSK_CENTRAL_DATA": str(tmp_path / "central"),
        "LEXKIOSK_TEST_PG_URL": "postgresql+psycopg://u:p@127.0.0.1:5432/db",
        "LEXKIOSK_SITE": "township-hall",
    }
    valid = run_cli("lexkiosk", "config", "validate", env=env)
    assert valid.returncode == 0, valid.stderr
    shown = run_cli("lexkiosk", "config", "show", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "township-hall" in shown.stdout
    assert "CENTRAL_DATA" not in shown.stdout + shown.stderr


def test_a_terminal_typo_is_still_refused(tmp_path: Path) -> None:
    """The reservation is narrow: an unknown LEXKIOSK_ variable is still a problem."""
    env = _clean_env(tmp_path) | {"LEXKIOSK_IDLE_TIMEOUT": "5"}
    done = run_cli("lexkiosk", "config", "validate", env=env)
    assert done.returncode == 1
    assert "LEXKIOSK_IDLE_TIMEOUT" in done.stdout + done.stderr


def test_central_commands_ignore_the_terminals_variables(tmp_path: Path) -> None:
    """GIVEN the terminal's variables, a bad one among them, and LEXCENTRAL_DATA
    WHEN `lexkiosk-central migrate` and `org list` run THEN they work in that data dir."""
    env = _clean_env(tmp_path) | {
        "LEXKIOSK_CENTRAL_URL": "http://127.0.0.1:1",
        "LEXKIOSK_IDLE__TIMEOUT_S": "not-a-number",
        "LEXKIOSK_TERMINAL_ID": "HALL01",
        "LEXCENTRAL_DATA": str(tmp_path / "central"),
    }
    migrated = run_cli("lexkiosk-central", "migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert (tmp_path / "central" / "central.sqlite3").exists()
    listed = run_cli("lexkiosk-central", "org", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    old_name = env | {"LEXKIOSK_CENTRAL_DATA": str(tmp_path / "old")}
    old_name.pop("LEXCENTRAL_DATA")
    assert run_cli("lexkiosk-central", "migrate", env=old_name).returncode == 0
    assert (tmp_path / "old" / "central.sqlite3").exists()
