"""A terminal that updates itself against a real central service: A/B environments under its
data directory, shells started by `tests/helpers/shell_supervisor.py` standing in for
systemd, signed bundles built here from the project's sources (tests/helpers/update_wheels)."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from api_client.update_bundle import build_bundle
from kiosk.central_process import CentralProcess
from kiosk.updates.health import Healthy, wait_for_health
from kiosk.updates.paths import UpdatePaths
from tests.helpers import run_cli
from tests.helpers.update_server import UpdateRoutes, update_routes
from tests.helpers.update_wheels import (
    ROOT,
    base_wheel,
    fault_wheel,
    project_wheel,
    release_keys,
)

SUPERVISOR = Path(__file__).resolve().parents[2] / "helpers" / "shell_supervisor.py"
HEALTH_TIMEOUT_S = 40.0  # a bound for the new shell to paint and heartbeat, not a measure
START_BOUND_S = 90.0
_ids = itertools.count(1)


@dataclass(frozen=True)
class Release:
    public_key: bytes
    private_key: bytes
    bundles: dict[str, Path]  # "1.0.0" (first), "1.1.0" (good), "1.2.0" (its shell dies)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    scratch = tmp_path_factory.mktemp("release")
    private, public = release_keys()
    base = base_wheel(scratch / "extra")
    fault = fault_wheel(scratch / "extra")
    bundles = {}
    for version, extra in (("1.0.0", [base]), ("1.1.0", [base]), ("1.2.0", [base, fault])):
        wheel = project_wheel(version, scratch, scratch / "wheels" / version)
        bundles[version] = build_bundle(
            scratch / "bundles", version, [wheel, *extra], ROOT / "uv.lock", private
        )
    return Release(public, private, bundles)


@pytest.fixture(scope="module")
def central(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CentralProcess, str, UpdateRoutes]]:
    with (
        CentralProcess(tmp_path_factory.mktemp("central"), heartbeat_s=1.0) as service,
        update_routes(service.url) as (url, routes),
    ):
        yield service, url, routes


@dataclass
class Terminal:
    terminal_id: str
    data_dir: Path
    env: dict[str, str]
    pidfile: Path
    shell_log: Path
    central: CentralProcess
    routes: UpdateRoutes

    @property
    def paths(self) -> UpdatePaths:
        return UpdatePaths(self.data_dir)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("lexkiosk", *args, env=self.env)

    def check_once(self) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk.cli", "update", "check-once"],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=600,
            check=False,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def start_shell(self) -> None:
        """What `systemctl restart lexkiosk-shell.service` does on a real terminal."""
        subprocess.run(
            [
                sys.executable,
                str(SUPERVISOR),
                str(self.pidfile),
                str(self.data_dir),
                str(self.shell_log),
            ],
            env=self.env,
            check=True,
            timeout=60,
        )

    def healthy(self, version: str, since: float = 0.0) -> Healthy:
        found = wait_for_health(self.paths, version, since, START_BOUND_S)
        assert found is not None, self.shell_log.read_text()[-3000:]
        return found

    def shell_pid(self) -> int:
        return int(self.pidfile.read_text())

    def current(self) -> str:
        return str(self.paths.current.readlink())

    def delivered_ratings(self) -> int:
        with sqlite3.connect(self.central.data_dir / "central.sqlite3") as db:
            row = db.execute(
                "SELECT count(*) FROM submissions WHERE kind = 'rating' AND tracking_number LIKE ?",
                (f"{self.terminal_id}-%",),
            ).fetchone()
        return int(row[0])

    def reported_version(self) -> str | None:
        with sqlite3.connect(self.central.data_dir / "central.sqlite3") as db:
            row = db.execute(
                "SELECT app_version FROM kiosks WHERE terminal_id = ?", (self.terminal_id,)
            ).fetchone()
        return None if row is None else row[0]

    def stop_shell(self) -> None:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError, ValueError):
            os.kill(self.shell_pid(), signal.SIGKILL)


def _config(
    terminal_id: str, url: str, data_dir: Path, release: Release, restart: list[str]
) -> str:
    pem = release.public_key.decode()
    command = ", ".join(f'"{part}"' for part in restart)
    python = getattr(sys, "_base_executable", sys.executable)
    return (
        f'terminal_id = "{terminal_id}"\ncentral_url = "{url}"\ndata_dir = "{data_dir}"\n'
        f"heartbeat_s = 1.0\n\n[updates]\nrelease_keys = ['''{pem}''']\n"
        f'python = "{python}"\nrestart_command = [{command}]\n'
        f"health_timeout_s = {HEALTH_TIMEOUT_S}\n"
    )


@pytest.fixture
def terminal(
    tmp_path: Path, release: Release, central: tuple[CentralProcess, str, UpdateRoutes]
) -> Iterator[Terminal]:
    """An enrolled terminal whose environment `a` holds 1.0.0 (current); no shell yet."""
    service, url, routes = central
    routes.withdraw()
    routes.reports.clear()
    terminal_id = f"UPD{next(_ids):03d}"
    data_dir = tmp_path / "kiosk"
    pidfile, log = tmp_path / "shell.pid", tmp_path / "shell.log"
    restart = [sys.executable, str(SUPERVISOR), str(pidfile), str(data_dir), str(log)]
    config = tmp_path / "kiosk.toml"
    config.write_text(_config(terminal_id, url, data_dir, release, restart))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {
        "LEXKIOSK_CONFIG": str(config),
        "LEXKIOSK_DATA_DIR": str(data_dir),
        "LEXKIOSK_TERMINAL_ID": terminal_id,
        "QT_QPA_PLATFORM": "offscreen",
    }
    made = Terminal(terminal_id, data_dir, env, pidfile, log, service, routes)
    enrolled = made.cli("enrol", service.enrol_code())
    assert enrolled.returncode == 0, enrolled.stderr
    first = made.cli("update", "install", str(release.bundles["1.0.0"]))
    assert first.returncode == 0, first.stderr
    try:
        yield made
    finally:
        made.stop_shell()
