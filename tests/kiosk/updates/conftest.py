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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from api_client.update_bundle import build_bundle
from kiosk.central_process import CentralProcess
from kiosk.updates.health import Healthy, wait_for_health
from kiosk.updates.paths import UpdatePaths
from tests.helpers import run_cli
from tests.helpers.journal import journal_entries
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


@pytest.fixture
def central(tmp_path: Path, release: Release) -> Iterator[CentralProcess]:
    """A real `lexkiosk-central serve` that trusts the release key (`updates trust`)."""
    with CentralProcess(tmp_path / "central", heartbeat_s=1.0) as service:
        public = tmp_path / "release.pub"
        public.write_bytes(release.public_key)
        trusted = _central_cli(service, "trust", str(public))
        assert trusted.returncode == 0, trusted.stderr
        yield service


def _central_cli(
    service: CentralProcess, command: str, *args: str
) -> subprocess.CompletedProcess[str]:
    where = ("--data-dir", str(service.data_dir))
    return run_cli("lexkiosk-central", "updates", command, *where, *args)


def publish_and_roll_out(service: CentralProcess, bundle: Path, version: str) -> None:
    """`updates publish BUNDLE` then `updates rollout VERSION --canary 100%`: every terminal
    enrolled so far is offered the version."""
    published = _central_cli(service, "publish", str(bundle))
    assert published.returncode == 0, published.stderr
    rolled = _central_cli(service, "rollout", version, "--canary", "100%")
    assert rolled.returncode == 0, rolled.stderr


@dataclass
class Terminal:
    bundles: dict[str, Path]
    terminal_id: str
    data_dir: Path
    env: dict[str, str]
    pidfile: Path
    shell_log: Path
    central: CentralProcess

    @property
    def paths(self) -> UpdatePaths:
        return UpdatePaths(self.data_dir)

    def offer(self, version: str) -> None:
        publish_and_roll_out(self.central, self.bundles[version], version)

    def reports(self) -> list[tuple[str, str, str]]:
        """(version, outcome, detail) as the central service journaled them."""
        return [
            (
                e.subject.removeprefix("update:"),
                e.action.removeprefix("update."),
                e.payload["detail"],
            )
            for e in journal_entries(self.central, "update.")
            if e.actor == f"kiosk:{self.terminal_id}" and e.action != "update.offered"
        ]

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
def make_terminal(
    tmp_path: Path, release: Release, central: CentralProcess
) -> Iterator[Callable[[str | None], Terminal]]:
    """Enrolled terminals whose environment `a` holds 1.0.0 (current), no shell started yet;
    `url` is the central service's address they use (default: the service itself)."""
    made: list[Terminal] = []

    def make(url: str | None = None) -> Terminal:
        terminal_id = f"UPD{next(_ids):03d}"
        home = tmp_path / terminal_id
        data_dir = home / "kiosk"
        pidfile, log = home / "shell.pid", home / "shell.log"
        home.mkdir()
        restart = [sys.executable, str(SUPERVISOR), str(pidfile), str(data_dir), str(log)]
        config = home / "kiosk.toml"
        config.write_text(_config(terminal_id, url or central.url, data_dir, release, restart))
        env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
        env |= {
            "LEXKIOSK_CONFIG": str(config),
            "LEXKIOSK_DATA_DIR": str(data_dir),
            "LEXKIOSK_TERMINAL_ID": terminal_id,
            "QT_QPA_PLATFORM": "offscreen",
        }
        terminal = Terminal(release.bundles, terminal_id, data_dir, env, pidfile, log, central)
        made.append(terminal)
        enrolled = terminal.cli("enrol", central.enrol_code())
        assert enrolled.returncode == 0, enrolled.stderr
        first = terminal.cli("update", "install", str(release.bundles["1.0.0"]))
        assert first.returncode == 0, first.stderr
        return terminal

    try:
        yield make
    finally:
        for terminal in made:
            terminal.stop_shell()


@pytest.fixture
def terminal(make_terminal: Callable[[str | None], Terminal]) -> Terminal:
    return make_terminal(None)


@pytest.fixture
def in_transit(central: CentralProcess) -> Iterator[tuple[str, UpdateRoutes]]:
    """The update routes answered by a stand-in in front of the real service (which verifies
    bundles before publishing and so never serves a tampered one): what a terminal sees when
    the bundle and its offer are changed on the way."""
    with update_routes(central.url) as served:
        yield served
