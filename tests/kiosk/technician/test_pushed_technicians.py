"""Technicians pushed by the central service (a real process) reach the terminal's settings
file with its configuration, hashed: the PIN never travels or is stored in clear."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from api_client.client import CentralClient
from central.fleet.technicians import TechnicianError, check_document
from config.loader import load_settings, read_toml
from config.pin import verify_pin
from kiosk.central_process import CentralProcess
from kiosk.net.fleet_sync import FleetSync
from kiosk.net.token_store import TokenStore
from tests.helpers import run_cli
from tests.helpers.kiosk import kiosk_env

WAIT_MS = 60_000


def _push(central: CentralProcess, stdin: str, *target: str) -> Any:
    return run_cli(
        "lexkiosk-central",
        "kiosk",
        "technicians",
        "--data-dir",
        str(central.data_dir),
        "--org",
        "demo-bureau",
        *target,
        stdin=stdin,
    )


def test_technicians_pushed_hashed_reach_the_terminal_settings(
    qtbot: Any, tmp_path: Path, central: CentralProcess
) -> None:
    """GIVEN an enrolled terminal WHEN `lexkiosk-central kiosk technicians` pushes two
    technicians with their PINs to it THEN its next heartbeats write them into its settings
    file as scrypt hashes that the PINs verify against; no PIN is in the central database."""
    env = kiosk_env(central, tmp_path / "data", "PUSH01")
    assert run_cli("lexkiosk", "enrol", central.enrol_code(), env=env).returncode == 0
    pushed = _push(
        central,
        "li.tech 975310\nwang.tech 482913\n",
        "--target-kind",
        "terminal",
        "--target",
        "PUSH01",
    )
    assert pushed.returncode == 0, pushed.stderr
    assert "975310" not in pushed.stdout + pushed.stderr
    config_file = tmp_path / "kiosk.toml"
    settings = load_settings(None, env, {})
    token = TokenStore(settings.data_dir).load()
    assert token is not None

    async def one_sync() -> None:
        async def never(_: Any) -> Any:
            raise AssertionError("no command was sent")

        sync = FleetSync(config_file, settings.data_dir, never)
        async with CentralClient(central.url, token) as client:
            await sync.sync_config(client)  # what the next heartbeat's answer triggers

    asyncio.run(one_sync())
    written = read_toml(config_file)["technicians"]
    assert [t["name"] for t in written] == ["li.tech", "wang.tech"]
    assert verify_pin("975310", written[0]["pin_hash"])
    assert not verify_pin("482913", written[0]["pin_hash"])
    assert len(load_settings(config_file, env, {}).technicians) == 2
    db = sqlite3.connect(central.data_dir / "central.sqlite3")
    dumped = json.dumps(db.execute("SELECT * FROM config_versions").fetchall())
    dumped += json.dumps(db.execute("SELECT * FROM journal_entries").fetchall(), default=str)
    db.close()
    assert "975310" not in dumped and "482913" not in dumped


def test_a_pushed_document_with_a_clear_pin_is_refused(central: CentralProcess) -> None:
    bad = _push(central, "wang.tech 12\n")
    assert bad.returncode != 0 and "4 to 12 digits" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_configuration_carrying_a_pin_instead_of_its_hash_is_refused() -> None:
    with pytest.raises(TechnicianError, match="exactly name and pin_hash"):
        check_document({"technicians": [{"name": "wang.tech", "pin": "482913"}]})
    with pytest.raises(TechnicianError, match="not a scrypt hash"):
        check_document({"technicians": [{"name": "wang.tech", "pin_hash": "482913"}]})
