"""`lexkiosk config validate | show | set`, run as a technician runs them: as processes."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from tests.helpers import run_cli

VALID = """
terminal_id = "HALL01"
site = "xinghe-hall"
central_url = "https://central.example.org"
profile = "tv"
languages = ["zh", "en"]

[idle]
timeout_s = 120

[devices.id_reader]
driver = "serial"
port = "/dev/ttyS0"
baud = 115200
"""

# Each fragment carries one problem; (fragment, key the message must name, words it must say)
WRONG_TYPE = ('[idle]\ntimeout_s = "soon"\n', "idle.timeout_s", "valid integer")
UNKNOWN_KEY = ("[devices.printer]\ncolour = true\n", "devices.printer.colour", "unknown key")
OUT_OF_RANGE = ("heartbeat_s = 0.1\n", "heartbeat_s", "greater than or equal to 1")
BAD_CHOICE = ('profile = "fridge"\n', "profile", "'kiosk', 'robot' or 'tv'")
MALFORMED = ('terminal_id = "HALL01\nsite = \n', "(file)", "not valid TOML")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env["LEXKIOSK_CONFIG"] = str(tmp_path / "kiosk.toml")
    return env


def test_validate_accepts_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(VALID)
    result = run_cli("lexkiosk", "config", "validate", str(path), env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stdout


@pytest.mark.parametrize(
    "problems",
    [
        [WRONG_TYPE],
        [UNKNOWN_KEY],
        [OUT_OF_RANGE],
        [BAD_CHOICE],
        [MALFORMED],
        [WRONG_TYPE, UNKNOWN_KEY, OUT_OF_RANGE, BAD_CHOICE],
    ],
    ids=["wrong-type", "unknown-key", "out-of-range", "bad-choice", "malformed", "together"],
)
def test_validate_reports_each_problem_on_its_own_line(
    tmp_path: Path, problems: list[tuple[str, str, str]]
) -> None:
    """GIVEN a file with one or several problems WHEN validated THEN one line names each."""
    path = tmp_path / "kiosk.toml"
    text = "".join(f for f, _, _ in problems if f.startswith(("heartbeat", "profile")))
    text += "".join(f for f, _, _ in problems if not f.startswith(("heartbeat", "profile")))
    path.write_text(text)
    result = run_cli("lexkiosk", "config", "validate", str(path), env=_env(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == len(problems), result.stderr
    for _, key, words in problems:
        matching = [line for line in lines if line.startswith(f"error: {key}")]
        assert len(matching) == 1, (key, result.stderr)
        assert words in matching[0]
        if key != "(file)":
            assert str(path) in matching[0]


def test_malformed_file_and_bad_environment_are_both_reported(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(MALFORMED[0])
    env = _env(tmp_path) | {"LEXKIOSK_IDLE__TIMEOUT_S": "5"}
    result = run_cli("lexkiosk", "config", "validate", str(path), env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("error: (file)") and "line 1" in lines[0]
    assert lines[1].startswith("error: idle.timeout_s = 5 (from LEXKIOSK_IDLE__TIMEOUT_S)")


def test_unknown_key_lists_the_allowed_ones(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(UNKNOWN_KEY[0])
    result = run_cli("lexkiosk", "config", "validate", str(path), env=_env(tmp_path))
    assert "allowed here: driver, fitted, paper, queue" in result.stderr


def test_sources_apply_in_order_file_env_overrides(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('site = "from-file"\nterminal_id = "FILE01"\n[idle]\ntimeout_s = 100\n')
    env = _env(tmp_path) | {"LEXKIOSK_SITE": "from-env", "LEXKIOSK_IDLE__TIMEOUT_S": "200"}
    result = run_cli("lexkiosk", "--set", "idle.timeout_s=300", "config", "show", env=env)
    assert result.returncode == 0, result.stderr
    shown = tomllib.loads(result.stdout)
    assert shown["terminal_id"] == "FILE01"  # file beats defaults
    assert shown["site"] == "from-env"  # environment beats file
    assert shown["idle"]["timeout_s"] == 300  # command line beats environment


def test_set_writes_the_value_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(VALID)
    result = run_cli("lexkiosk", "config", "set", "idle.timeout_s", "240", env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    data = tomllib.loads(path.read_text())
    assert data["idle"]["timeout_s"] == 240
    assert data["devices"]["id_reader"]["port"] == "/dev/ttyS0"


def test_set_refuses_a_bad_value_and_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(VALID)
    before = path.read_bytes()
    result = run_cli("lexkiosk", "config", "set", "idle.timeout_s", "3", env=_env(tmp_path))
    assert result.returncode == 1
    assert "idle.timeout_s = 3" in result.stderr and "greater than or equal to 30" in result.stderr
    assert path.read_bytes() == before


def test_set_refuses_an_unknown_key(tmp_path: Path) -> None:
    result = run_cli("lexkiosk", "config", "set", "idle.nap_s", "3", env=_env(tmp_path))
    assert result.returncode == 1
    assert "unknown key; allowed here: max_extensions, timeout_s, warning_s" in result.stderr
    assert not (tmp_path / "kiosk.toml").exists()


def test_technician_pin_is_stored_hashed(tmp_path: Path) -> None:
    result = run_cli("lexkiosk", "config", "set", "technician_pin", "482913", env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "482913" not in result.stdout
    text = (tmp_path / "kiosk.toml").read_text()
    assert "482913" not in text
    assert tomllib.loads(text)["technician_pin_hash"].startswith("scrypt$")
    shown = run_cli("lexkiosk", "config", "show", env=_env(tmp_path)).stdout
    assert 'technician_pin_hash = "(set)"' in shown


def test_usage_error_exits_2_without_traceback(tmp_path: Path) -> None:
    result = run_cli("lexkiosk", "config", "frobnicate", env=_env(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "invalid choice" in result.stderr


def test_central_ca_must_be_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'central_ca = "{tmp_path / "missing.pem"}"\n')
    result = run_cli("lexkiosk", "config", "validate", str(path), env=_env(tmp_path))
    assert result.returncode == 1
    assert "error: central_ca" in result.stderr and "no such file" in result.stderr
