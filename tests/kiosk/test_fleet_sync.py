"""A pushed configuration and remote commands reach the shell and come back answered."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api_client.client import CentralClient
from api_client.schemas import Heartbeat
from central.app import create_app
from central.migrate import upgrade
from central.models import ConfigReportRow
from central.settings import CentralSettings
from kiosk.net.fleet_sync import FleetSync
from kiosk.shell import Shell
from tests.central.support import Central


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    app = create_app(CentralSettings(db_url=url, data_dir=tmp_path / "central"))
    with TestClient(app) as client:
        helper = Central(app, client, app.state.db)
        helper.add_org("root", "150000")
        helper.add_staff("tech-one", ["technician"])
        yield helper


def _sync_once(qtbot, shell: Shell, sync: FleetSync, central: Central, device: dict) -> None:
    """One heartbeat and what its answer asks, on the shell's own network thread."""
    token = device["Authorization"].removeprefix("Bearer ")

    async def beat() -> None:
        transport = httpx.ASGITransport(app=central.app)
        async with CentralClient("http://central", token, transport=transport) as client:
            body = Heartbeat(sent_at=datetime.now(UTC), app_version="t", devices=[])
            await sync.on_ack(client, await client.heartbeat(body))

    shell.network.start()
    done = shell.network.submit(beat())
    qtbot.waitUntil(done.done, timeout=15_000)
    done.result()


def _reports(central: Central) -> list[tuple[int, str]]:
    with central.database.session() as session:
        rows = session.scalars(select(ConfigReportRow).order_by(ConfigReportRow.id))
        return [(r.version, r.outcome) for r in rows]


def test_config_push_refused_then_applied_and_a_screenshot(qtbot, make_shell, tmp_path, central):
    staff = central.token_for("tech-one")
    device = central.enrol("FLT001")
    shell: Shell = make_shell(terminal_id="FLT001")
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('site = "hall-7"\n')
    sync = FleetSync(config_file, shell.settings.data_dir, shell.commands.execute)

    def push(document: dict) -> int:
        body = {"target_kind": "terminal", "target": "FLT001", "document": document}
        reply = central.client.post("/api/v1/configs", json=body, headers=staff)
        assert reply.status_code == 201, reply.text
        return int(reply.json()["version"])

    bad = push({"idle": {"timeout_s": 5}})
    _sync_once(qtbot, shell, sync, central, device)
    assert _reports(central) == [(bad, "refused")]
    assert config_file.read_text() == 'site = "hall-7"\n'  # the old file stays in force

    good = push({"idle": {"timeout_s": 120}})
    _sync_once(qtbot, shell, sync, central, device)
    assert _reports(central)[-1] == (good, "applied")
    assert tomllib.loads(config_file.read_text()) == {"site": "hall-7", "idle": {"timeout_s": 120}}

    queued = central.client.post(
        "/api/v1/kiosks/FLT001/commands", json={"kind": "screenshot"}, headers=staff
    )
    assert queued.status_code == 201, queued.text
    _sync_once(qtbot, shell, sync, central, device)
    command_id = queued.json()["id"]
    picture = central.client.get(f"/api/v1/commands/{command_id}/attachment", headers=staff)
    assert picture.status_code == 200 and picture.content.startswith(b"\x89PNG")


def test_restart_waits_while_a_resident_is_served(qtbot, make_shell, central) -> None:
    staff = central.token_for("tech-one")
    device = central.enrol("FLT002")
    shell: Shell = make_shell(terminal_id="FLT002")
    sync = FleetSync(
        Path("/nonexistent/kiosk.toml"), shell.settings.data_dir, shell.commands.execute
    )
    shell.window.attract.start_button.click()  # a resident is here
    first = central.client.post(
        "/api/v1/kiosks/FLT002/commands", json={"kind": "restart_shell"}, headers=staff
    ).json()
    _sync_once(qtbot, shell, sync, central, device)
    listed = central.client.get("/api/v1/kiosks/FLT002/commands", headers=staff).json()
    mine = next(c for c in listed if c["id"] == first["id"])
    assert mine["state"] == "failed" and "resident" in mine["detail"]
    shell.journey.finish()
    central.client.post(
        "/api/v1/kiosks/FLT002/commands", json={"kind": "restart_shell"}, headers=staff
    )
    with qtbot.waitSignal(shell.commands.restart_requested, timeout=15_000):
        _sync_once(qtbot, shell, sync, central, device)
