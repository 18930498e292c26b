"""The terminal's systemd units: rendered for this machine, `systemd-analyze verify` says
nothing; the crash-loop reporter they start journals at a real central service."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.central_process import CentralProcess
from tests.helpers import BIN, ROOT, run_cli
from tests.helpers.journal import journal_entries
from tests.helpers.kiosk import kiosk_env
from tests.helpers.system import require

UNITS = (
    "lexkiosk-shell.service",
    "lexkiosk-crash-loop.service",
    "lexkiosk-shell-backoff.timer",
    "lexkiosk-update.service",
    "lexkiosk-update.timer",
)


def _render(
    out: Path, lexkiosk: Path = BIN / "lexkiosk", *extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "deploy" / "units_cli.py"),
            "--out",
            str(out),
            "--lexkiosk",
            str(lexkiosk),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_rendered_units_pass_systemd_analyze_verify_silently(tmp_path: Path) -> None:
    require("systemd-analyze", "systemd")
    require("cage", "cage")
    rendered = _render(tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    verify = subprocess.run(
        ["systemd-analyze", "verify", *(f"./{name}" for name in UNITS)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert (verify.returncode, verify.stdout, verify.stderr) == (0, "", "")
    shell = (tmp_path / "lexkiosk-shell.service").read_text()
    for line in (
        "Type=notify",
        "NotifyAccess=all",
        "WatchdogSec=30",
        "Restart=always",
        "User=lexkiosk",
        "StartLimitBurst=5",
        "RuntimeDirectory=lexkiosk",  # Qt's per-user files (the pinyin user dictionary)...
        "Environment=XDG_CONFIG_HOME=%t/lexkiosk/config",  # ...wiped at every stop
    ):
        assert line in shell.splitlines()
    assert f"-s -- {BIN / 'lexkiosk'} run" in shell
    update = (tmp_path / "lexkiosk-update.service").read_text().splitlines()
    for line in (
        "Type=oneshot",
        "User=lexkiosk",
        f"ExecStart={BIN / 'lexkiosk'} update check-once",
        "SuccessExitStatus=3 4",
    ):
        assert line in update
    timer = (tmp_path / "lexkiosk-update.timer").read_text().splitlines()
    assert "Unit=lexkiosk-update.service" in timer and "OnUnitActiveSec=1h" in timer


def test_units_run_the_current_environment_through_its_symlink(tmp_path: Path) -> None:
    """GIVEN the A/B environments of kiosk/updates (envs/current -> a)
    WHEN the units are written for envs/current/bin/lexkiosk
    THEN they name the symlink, not the environment it points to today, so a switch of
    `current` and a restart run the other version; the polkit rule lets the user restart."""
    require("systemd-analyze", "systemd")
    require("cage", "cage")
    envs = tmp_path / "data" / "envs"
    (envs / "a" / "bin").mkdir(parents=True)
    (envs / "a" / "bin" / "lexkiosk").symlink_to(BIN / "lexkiosk")
    (envs / "current").symlink_to("a")
    current = envs / "current" / "bin" / "lexkiosk"
    units = tmp_path / "units"
    rendered = _render(units, current, "--polkit-out", str(tmp_path / "polkit"))
    assert rendered.returncode == 0, rendered.stderr
    assert f"-s -- {current} run" in (units / "lexkiosk-shell.service").read_text()
    assert (
        f"ExecStart={current} update check-once"
        in (units / "lexkiosk-update.service").read_text().splitlines()
    )
    verify = subprocess.run(
        ["systemd-analyze", "verify", *(f"./{name}" for name in UNITS)],
        capture_output=True,
        text=True,
        cwd=units,
        timeout=60,
    )
    assert (verify.returncode, verify.stdout, verify.stderr) == (0, "", "")
    rule = (tmp_path / "polkit" / "50-lexkiosk-update.rules").read_text()
    assert 'subject.user == "lexkiosk"' in rule and '"lexkiosk-shell.service"' in rule


def test_verify_is_not_silent_about_a_broken_unit(tmp_path: Path) -> None:
    """The check above can fail: a misspelt key is reported."""
    require("systemd-analyze", "systemd")
    require("cage", "cage")
    assert _render(tmp_path).returncode == 0
    timer = tmp_path / "lexkiosk-shell-backoff.timer"
    timer.write_text(timer.read_text().replace("OnActiveSec=", "OnActivSec="))
    verify = subprocess.run(
        ["systemd-analyze", "verify", f"./{timer.name}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert "OnActivSec" in verify.stderr


def test_crash_loop_report_is_journaled_at_the_central_service(tmp_path: Path) -> None:
    """GIVEN an enrolled terminal WHEN systemd runs `lexkiosk report crash-loop` THEN the
    central service journals terminal.shell.crash_loop with the terminal as actor."""
    with CentralProcess(tmp_path / "central", heartbeat_s=3.0) as central:
        env = kiosk_env(central, tmp_path / "kiosk", "CRASH01")
        assert run_cli("lexkiosk", "enrol", central.enrol_code(), env=env).returncode == 0
        result = run_cli(
            "lexkiosk", "report", "crash-loop", "--unit", "lexkiosk-shell.service", env=env
        )
        assert result.returncode == 0, result.stderr
        assert "delivered" in result.stdout
        entries = journal_entries(central, "terminal.shell.crash_loop")
        assert [(e.actor, e.payload["detail"]) for e in entries] == [
            ("terminal:CRASH01", "unit lexkiosk-shell.service")
        ]


def test_crash_loop_report_without_enrolment_says_so(tmp_path: Path) -> None:
    env = {
        "LEXKIOSK_DATA_DIR": str(tmp_path),
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "PATH": "/usr/bin:/bin",
    }
    result = run_cli("lexkiosk", "report", "crash-loop", env=env)
    assert result.returncode == 1
    assert "not enrolled" in result.stderr and "Traceback" not in result.stderr
