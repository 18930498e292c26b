"""End to end: a real central process, a kiosk enrolled through the CLI, the shell offscreen."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from central.db import Database
from central.models import Kiosk
from central.settings import default_db_url
from devices.xfs import DeviceFamily
from kiosk.flows.connectivity import Link
from tests.helpers import run_cli
from tests.helpers.kiosk import EnrolledKiosk, kiosk_env
from tests.helpers.server import CentralProcess

pytestmark = pytest.mark.e2e


def _kiosks(central: CentralProcess) -> list[dict]:
    out = run_cli(
        "lexkiosk-central", "kiosk", "list", "--json", "--data-dir", str(central.data_dir)
    )
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_heartbeat_arrives_and_the_strip_follows_the_service(
    qtbot, tmp_path: Path, central: CentralProcess, kiosk: Callable[..., EnrolledKiosk]
) -> None:
    """GIVEN a central service and a kiosk enrolled with a one-time code
    WHEN the shell runs THEN the strip says connected and the central service sees the devices;
    WHEN the central service stops THEN the strip says so within one heartbeat interval."""
    terminal = kiosk("E2E001", site="test-hall")
    token_file = tmp_path / "kiosk" / "device_token"
    assert token_file.stat().st_mode & 0o777 == 0o600
    shell, devices = terminal.shell, terminal.devices
    devices.devices[DeviceFamily.CAMERA].unplug()  # type: ignore[attr-defined]
    shell.start()
    qtbot.waitUntil(lambda: shell.link is Link.CONNECTED, timeout=10_000)
    assert shell.window.strip.link_label.text() == "● 已连接服务中心"

    # The service writes heartbeat state behind (about a second): other processes such as
    # `kiosk list` see it once written.
    qtbot.waitUntil(lambda: _kiosks(central)[0]["online"], timeout=10_000)
    (listed,) = _kiosks(central)
    assert listed["terminal_id"] == "E2E001" and listed["online"] is True
    assert {"family": "camera", "status": "noDevice", "detail": ""} in listed["devices"]
    # the shell's heartbeat carries its outbox backlog and free disk (the alerts read them)
    database = Database(central.db_url or default_db_url(central.data_dir))
    with database.session() as session:
        health = session.scalar(select(Kiosk.health).where(Kiosk.terminal_id == "E2E001"))
    database.dispose()
    assert health is not None and health["outbox_backlog"] == 0
    assert 0 < health["disk_free_percent"] <= 100

    # Listen before stopping: the link may change while stop() waits for the process.
    with qtbot.waitSignal(shell.bridge.link_changed, timeout=int(central.heartbeat_s * 1000 * 2.5)):
        central.stop()
    assert shell.link is Link.OFFLINE
    assert "暂时无法连接服务中心" in shell.window.strip.link_label.text()

    central.start()
    qtbot.waitUntil(lambda: shell.link is Link.CONNECTED, timeout=10_000)


def test_enrol_with_a_bad_code_or_no_service_says_why(tmp_path, central) -> None:
    env = kiosk_env(central, tmp_path / "k", "E2E002")
    used = run_cli("lexkiosk", "enrol", "AAAA-BBBB-CCCC", env=env)
    assert used.returncode == 1 and "enrolment refused" in used.stderr
    malformed = run_cli("lexkiosk", "enrol", "hello", env=env)
    assert malformed.returncode == 2 and "ABCD-EFGH-JKLM" in malformed.stderr
    env["LEXKIOSK_CENTRAL_URL"] = "http://127.0.0.1:9"
    down = run_cli("lexkiosk", "enrol", "AAAA-BBBB-CCCC", env=env)
    assert down.returncode == 1 and "cannot reach the central service" in down.stderr
    for result in (used, malformed, down):
        assert "Traceback" not in result.stderr
