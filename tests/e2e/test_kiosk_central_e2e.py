"""End to end: a real central process, a kiosk enrolled through the CLI, the shell offscreen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from config.loader import load_settings
from devices.manager import DeviceManager
from devices.xfs import DeviceFamily
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.flows.connectivity import Link
from kiosk.net.token_store import TokenStore
from kiosk.shell import Shell
from tests.helpers import run_cli

pytestmark = pytest.mark.e2e

HEARTBEAT_S = 1.0


@pytest.fixture
def central(tmp_path: Path):
    process = CentralProcess(tmp_path / "central", heartbeat_s=HEARTBEAT_S)
    process.start()
    yield process
    process.stop()


def _kiosks(central: CentralProcess) -> list[dict]:
    out = run_cli(
        "lexkiosk-central", "kiosk", "list", "--json", "--data-dir", str(central.data_dir)
    )
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_heartbeat_arrives_and_the_strip_follows_the_service(qtbot, tmp_path, central) -> None:
    """GIVEN a central service and a kiosk enrolled with a one-time code
    WHEN the shell runs THEN the strip says connected and the central service sees the devices;
    WHEN the central service stops THEN the strip says so within one heartbeat interval."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_CENTRAL_URL": central.url,
        "LEXKIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "LEXKIOSK_TERMINAL_ID": "E2E001",
        "LEXKIOSK_SITE": "test-hall",
    }
    enrolled = run_cli("lexkiosk", "enrol", central.enrol_code(), env=env)
    assert enrolled.returncode == 0, enrolled.stderr
    token_file = tmp_path / "kiosk" / "device_token"
    assert token_file.stat().st_mode & 0o777 == 0o600

    settings = load_settings(None, env, {"heartbeat_s": str(HEARTBEAT_S)})
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    shell = Shell(
        get_app(settings.profile), settings, devices, TokenStore(settings.data_dir).load()
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    try:
        devices.devices[DeviceFamily.CAMERA].unplug()  # type: ignore[attr-defined]
        shell.start()
        qtbot.waitUntil(lambda: shell.link is Link.CONNECTED, timeout=10_000)
        assert shell.window.strip.link_label.text() == "● 已连接服务中心"

        # The service writes heartbeat state behind (about a second): other processes such as
        # `kiosk list` see it once written.
        qtbot.waitUntil(lambda: _kiosks(central)[0]["online"], timeout=10_000)
        (kiosk,) = _kiosks(central)
        assert kiosk["terminal_id"] == "E2E001" and kiosk["online"] is True
        assert {"family": "camera", "status": "noDevice", "detail": ""} in kiosk["devices"]

        # Listen before stopping: the link may change while stop() waits for the process.
        with qtbot.waitSignal(shell.bridge.link_changed, timeout=int(HEARTBEAT_S * 1000 * 2.5)):
            central.stop()
        assert shell.link is Link.OFFLINE
        assert "暂时无法连接服务中心" in shell.window.strip.link_label.text()

        central.start()
        qtbot.waitUntil(lambda: shell.link is Link.CONNECTED, timeout=10_000)
    finally:
        shell.stop()


def test_enrol_with_a_bad_code_or_no_service_says_why(tmp_path, central) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {"LEXKIOSK_CENTRAL_URL": central.url, "LEXKIOSK_DATA_DIR": str(tmp_path / "k")}
    env["LEXKIOSK_CONFIG"] = str(tmp_path / "none.toml")
    used = run_cli("lexkiosk", "enrol", "AAAA-BBBB-CCCC", env=env)
    assert used.returncode == 1 and "enrolment refused" in used.stderr
    malformed = run_cli("lexkiosk", "enrol", "hello", env=env)
    assert malformed.returncode == 2 and "ABCD-EFGH-JKLM" in malformed.stderr
    env["LEXKIOSK_CENTRAL_URL"] = "http://127.0.0.1:9"
    down = run_cli("lexkiosk", "enrol", "AAAA-BBBB-CCCC", env=env)
    assert down.returncode == 1 and "cannot reach the central service" in down.stderr
    for result in (used, malformed, down):
        assert "Traceback" not in result.stderr
