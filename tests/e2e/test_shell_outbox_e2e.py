"""The shell delivers what residents submit and shows what waits while the centre is away."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from config.loader import load_settings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.net.token_store import TokenStore
from kiosk.shell import Shell
from tests.helpers import run_cli

pytestmark = pytest.mark.e2e


def test_submissions_reach_the_centre_and_wait_visibly_when_it_is_away(qtbot, tmp_path: Path):
    central = CentralProcess(tmp_path / "central", heartbeat_s=1.0)
    central.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_CENTRAL_URL": central.url,
        "LEXKIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "LEXKIOSK_TERMINAL_ID": "SHELL1",
    }
    try:
        assert run_cli("lexkiosk", "enrol", central.enrol_code(), env=env).returncode == 0
        settings = load_settings(None, env, {"heartbeat_s": "1"})
        devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        token = TokenStore(settings.data_dir).load()
        shell = Shell(get_app(settings.profile), settings, devices, token)
        qtbot.addWidget(shell.window)
        shell.window.show()
        shell.start()
        strip = shell.window.strip
        try:
            store = shell.controllers.outbox()
            first = store.add("rating", {"score": 5})
            db = central.data_dir / "central.sqlite3"

            def received() -> list[str]:
                with sqlite3.connect(db) as conn:
                    return [r[0] for r in conn.execute("SELECT tracking_number FROM submissions")]

            qtbot.waitUntil(lambda: received() == [first.tracking_number], timeout=10_000)
            central.stop()
            second = store.add("rating", {"score": 4})
            qtbot.waitUntil(lambda: strip.outbox_label.isVisible(), timeout=10_000)
            assert strip.outbox_label.text() == "1 项提交待发送"
            central.start()
            qtbot.waitUntil(lambda: not strip.outbox_label.isVisible(), timeout=15_000)
            assert sorted(received()) == sorted([first.tracking_number, second.tracking_number])
        finally:
            shell.stop()
    finally:
        central.stop()
