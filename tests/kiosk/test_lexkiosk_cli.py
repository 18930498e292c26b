"""`lexkiosk` as a process: help, device listing, settings errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.helpers import run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    return env | {"LEXKIOSK_CONFIG": str(tmp_path / "kiosk.toml")}


def test_help_lists_commands() -> None:
    out = run_cli("lexkiosk", "--help").stdout
    for command in ("run", "demo", "enrol", "config", "devices"):
        assert command in out


def test_devices_list_reports_every_family(tmp_path: Path) -> None:
    env = _env(tmp_path) | {"LEXKIOSK_DATA_DIR": str(tmp_path)}
    result = run_cli("lexkiosk", "devices", "list", "--json", env=env)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["family"] for r in rows} == {
        "camera",
        "idReader",
        "scanner",
        "printer",
        "speech",
        "speaker",
        "microphone",
    }
    assert all(r["status"] == "online" for r in rows)


def test_bad_settings_stop_any_command_with_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('profile = "fridge"\n[idle]\ntimeout_s = 1\n')
    result = run_cli("lexkiosk", "devices", "list", env=_env(tmp_path))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 2
    assert "Traceback" not in result.stderr


def test_bad_override_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("lexkiosk", "--set", "novalue", "devices", "list", env=_env(tmp_path))
    assert result.returncode == 2 and "is not KEY=VALUE" in result.stderr
