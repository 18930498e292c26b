"""Updates that roll back, end to end: real processes (the central service, the updater, the
shells started from the A/B environments), real sockets, real signed bundles."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.central_process import CentralProcess
from kiosk.updates.slots import installed_version
from tests.helpers.update_server import UpdateRoutes
from tests.kiosk.updates.conftest import Release, Terminal

# Three wheels built, environments made with venv and pip, shells started: minutes on a busy
# two-core machine. A bound, not a measure.
pytestmark = pytest.mark.timeout(900)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _exe_env(pid: int) -> str:
    """The environment a shell process runs from (its interpreter's folder)."""
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    return cmdline[0].decode()


def test_a_good_bundle_installs_switches_and_reports_installed(
    terminal: Terminal, release: Release
) -> None:
    """GIVEN a terminal running 1.0.0 from environment a
    WHEN 1.1.0 is offered and `lexkiosk update check-once` runs
    THEN 1.1.0 is installed into b, b is current, the new shell painted and heartbeated,
    and the central service got `installed`."""
    terminal.start_shell()
    old = terminal.healthy("1.0.0")
    terminal.offer("1.1.0")

    done = terminal.check_once()

    assert done.returncode == 0, done.stdout + done.stderr
    assert "version 1.1.0 installed and running" in done.stdout
    assert terminal.current() == "b"
    assert installed_version(terminal.paths.slot("b")) == "1.1.0"
    new = terminal.healthy("1.1.0")
    assert new.pid == terminal.shell_pid() != old.pid
    assert _alive(new.pid) and not _alive(old.pid)
    assert "/envs/b/" in _exe_env(new.pid)
    assert terminal.reported_version() == "1.1.0"  # the heartbeat carries it
    [(version, outcome, _detail)] = terminal.reports()
    assert (version, outcome) == ("1.1.0", "installed")
    assert not list(terminal.paths.downloads.iterdir())
    assert not terminal.paths.progress.exists()


def test_a_shell_that_fails_rolls_back_and_its_outbox_item_still_delivers(
    terminal: Terminal, release: Release
) -> None:
    """GIVEN a terminal running 1.0.0
    WHEN 1.2.0 is offered, whose shell queues an outbox item and dies before painting
    THEN the updater switches back to a, the old shell runs again, `rolled_back` is
    reported, and the item 1.2.0 queued reaches the central service through the old shell."""
    terminal.start_shell()
    terminal.healthy("1.0.0")
    terminal.offer("1.2.0")
    before = time.time()

    done = terminal.check_once()

    assert done.returncode == 4, done.stdout + done.stderr
    assert "version 1.2.0 rolled back" in done.stdout
    assert terminal.current() == "a"
    back = terminal.healthy("1.0.0", since=before)
    assert _alive(back.pid) and "/envs/a/" in _exe_env(back.pid)
    [(version, outcome, detail)] = terminal.reports()
    assert (version, outcome) == ("1.2.0", "rolled_back")
    assert "did not paint" in detail and "1.0.0 runs again" in detail
    deadline = time.monotonic() + 60
    while terminal.delivered_ratings() < 1:
        assert time.monotonic() < deadline, "the item queued by 1.2.0 never reached the service"
        time.sleep(0.2)
    assert terminal.reported_version() == "1.0.0"
    status = json.loads(terminal.cli("outbox", "status", "--json").stdout)
    assert status["pending"] == 0

    again = terminal.check_once()  # the rollout halted after the failure: nothing offered
    assert again.returncode == 0 and "no update offered" in again.stdout
    assert terminal.current() == "a"


def _tampered(bundle: Path, out: Path) -> Path:
    """One byte of the lexkiosk wheel changed, in place in the bundle file."""
    with tarfile.open(bundle, "r:") as tar:
        member = next(m for m in tar.getmembers() if m.name.startswith("wheels/lexkiosk-"))
        at = member.offset_data + member.size // 2
    raw = bytearray(bundle.read_bytes())
    raw[at] ^= 0x01
    out.write_bytes(bytes(raw))
    return out


def _unsigned(bundle: Path, out: Path) -> Path:
    with tarfile.open(bundle, "r:") as src, tarfile.open(out, "w") as dst:
        for member in src.getmembers():
            if member.name != "manifest.sig":
                dst.addfile(member, src.extractfile(member))
    return out


def _refused_nothing_installed(terminal: Terminal, done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 3, done.stdout + done.stderr
    assert "refused, nothing installed" in done.stdout
    assert terminal.current() == "a"
    assert not terminal.paths.slot("b").exists()
    assert not terminal.paths.staging.exists()
    assert not list(terminal.paths.downloads.iterdir())


def test_a_bundle_changed_in_the_central_store_is_refused(
    terminal: Terminal, release: Release, central: CentralProcess, tmp_path: Path
) -> None:
    """GIVEN 1.1.0 published and rolled out WHEN one byte of its wheel is changed in the
    service's bundle store THEN the terminal refuses it (not the bytes offered), installs
    nothing, and the service journals `refused`."""
    terminal.offer("1.1.0")
    stored = central.data_dir / "updates" / "bundles" / "lexkiosk-1.1.0.bundle"
    _tampered(release.bundles["1.1.0"], stored)

    _refused_nothing_installed(terminal, terminal.check_once())

    [(version, outcome, detail)] = terminal.reports()
    assert (version, outcome) == ("1.1.0", "refused")
    assert "not the one offered" in detail


def test_tampered_and_unsigned_bundles_are_refused_by_their_signature(
    make_terminal: Callable[[str | None], Terminal],
    in_transit: tuple[str, UpdateRoutes],
    release: Release,
    tmp_path: Path,
) -> None:
    """GIVEN bundles changed on the way together with their offer (size and sha256 match
    the changed bytes) WHEN the terminal checks THEN the signature check refuses them."""
    url, routes = in_transit
    terminal = make_terminal(url)
    for name, bundle, reason in (
        ("tampered", _tampered(release.bundles["1.1.0"], tmp_path / "t.bundle"), "hash of"),
        ("unsigned", _unsigned(release.bundles["1.1.0"], tmp_path / "u.bundle"), "unsigned"),
    ):
        routes.reports.clear()
        routes.offer("1.1.0", bundle)

        _refused_nothing_installed(terminal, terminal.check_once())

        [report] = routes.reports
        assert (report["version"], report["outcome"]) == ("1.1.0", "refused"), name
        assert reason in report["detail"], (name, report)


def test_a_power_cut_mid_install_keeps_the_running_version_and_the_next_check_finishes(
    terminal: Terminal, release: Release
) -> None:
    """GIVEN a terminal running 1.0.0 and 1.1.0 offered
    WHEN the updater is killed (with pip, its child) while it builds environment b
    THEN a is still current and its shell still runs; the next check-once cleans the
    half-built environment up and installs 1.1.0."""
    terminal.start_shell()
    old = terminal.healthy("1.0.0")
    terminal.offer("1.1.0")
    updater = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "update", "check-once"],
        env=terminal.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    python_b = terminal.paths.slot("b") / "bin" / "python"
    deadline = time.monotonic() + 120
    try:
        while not (terminal.paths.progress.exists() and python_b.exists()):
            assert updater.poll() is None, "the updater ended before it was cut"
            assert time.monotonic() < deadline, "the install never started"
            time.sleep(0.02)
    finally:
        os.killpg(updater.pid, signal.SIGKILL)
        updater.wait(timeout=30)

    assert terminal.current() == "a"
    assert _alive(old.pid) and terminal.shell_pid() == old.pid
    assert "interrupted: installing 1.1.0" in terminal.cli("update", "status").stdout
    assert terminal.reports() == []

    done = terminal.check_once()

    assert done.returncode == 0, done.stdout + done.stderr
    assert "an interrupted install of 1.1.0 was cleaned up" in done.stdout
    assert terminal.current() == "b"
    terminal.healthy("1.1.0")
    assert [(v, o) for v, o, _ in terminal.reports()] == [("1.1.0", "installed")]
