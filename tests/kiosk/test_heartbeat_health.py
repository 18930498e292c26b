"""The terminal's heartbeat carries its outbox backlog and free disk, and the central service
turns them into alerts: a real outbox on disk, a real `lexkiosk-central serve` process over
HTTP, the service's /metrics and the console's terminals page."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from pathlib import Path

import pytest

from api_client.client import CentralClient
from api_client.outbox.crypto import Sealer, create_key, load_key
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.store import OutboxStore
from kiosk.flows.connectivity import Link
from kiosk.net.heartbeat import HeartbeatService
from kiosk.net.terminal_health import TerminalHealth, disk_free_percent
from tests.helpers.served import Served, consultation, serve_url, until
from tests.helpers.server import free_port

pytestmark = pytest.mark.e2e
COOKIE = "lexkiosk_staff"
TERMINAL = "K301"


def _store(folder: Path) -> OutboxStore:
    key = folder / "device.key"
    create_key(key)
    return OutboxStore(folder / "outbox" / "outbox.sqlite3", Sealer(load_key(key)), TERMINAL)


async def _deliver(store: OutboxStore, url: str, device: dict[str, str]) -> int:
    token = device["Authorization"].removeprefix("Bearer ")
    async with CentralClient(url, token, timeout_s=2.0) as client:
        return await OutboxDelivery(store, client, time.time).deliver_due()


async def _beat(health: TerminalHealth, url: str, device: dict[str, str]) -> list[Link]:
    links: list[Link] = []
    token = device["Authorization"].removeprefix("Bearer ")
    beat = HeartbeatService(url, token, 10.0, list, links.append, health=health.figures)
    async with CentralClient(url, token, timeout_s=2.0) as client:
        await beat.beat_once(client)
    return links


def _alert_row(served: Served, console: dict[str, str], kind: str) -> str | None:
    page = served.http.get("/console/", headers=console).text
    marker = f'<tr data-alert="{kind}" data-subject="{TERMINAL}">'
    start = page.find(marker)
    return None if start < 0 else page[start : page.find("</tr>", start)]


def test_backlog_and_disk_reach_the_metrics_and_the_terminals_page(tmp_path: Path) -> None:
    """GIVEN a terminal whose outbox holds 4 submissions the service never received (its
    delivery met no service) and a data disk fuller than the alert limit WHEN it heartbeats
    THEN /metrics and the terminals page show the outbox-backlog and disk-space alerts, with
    the backlog the outbox counts; once delivered, the next heartbeat clears the backlog."""
    data_dir = tmp_path / "kiosk"
    data_dir.mkdir()
    free = disk_free_percent(data_dir)
    assert free is not None and free < 98.0, "the disk-space alert needs a limit above free"
    limits = {"outbox_backlog_max": 3, "disk_free_min_percent": round(free + 1.0, 2)}
    (tmp_path / "alerts.json").write_text(json.dumps(limits))
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    alerts = str(tmp_path / "alerts.json")
    with serve_url(url, "--alert-settings", alerts, data_dir=tmp_path) as served:
        device = served.enrol(TERMINAL, "alpha", "Saihan hall")
        staff = served.staff("sup", ["supervisor"], "alpha")["Authorization"]
        console = {"Cookie": f"{COOKIE}={staff.removeprefix('Bearer ')}"}
        store = _store(data_dir)
        for _ in range(4):
            store.add("consultation", consultation())
        away = f"http://127.0.0.1:{free_port()}"  # nothing listens: the service is away
        assert asyncio.run(_deliver(store, away, device)) == 0
        health = TerminalHealth(data_dir, lambda: store)
        assert health.figures().outbox_backlog == 4

        assert asyncio.run(_beat(health, served.base, device)) == [Link.CONNECTED]

        metrics = until(
            lambda: served.http.get("/metrics"),
            lambda r: (
                f'lexkiosk_terminal_alert{{kind="disk_space",terminal="{TERMINAL}"}} 1.0' in r.text
            ),
        ).text
        assert f'lexkiosk_terminal_alert{{kind="outbox_backlog",terminal="{TERMINAL}"}} 1.0' in (
            metrics
        )
        assert 'lexkiosk_alerts{kind="outbox_backlog"} 1.0' in metrics
        backlog_row = _alert_row(served, console, "outbox_backlog")
        assert backlog_row is not None and "4 waiting" in backlog_row
        assert _alert_row(served, console, "disk_space") is not None

        # WHEN the service is back and the outbox delivers, THEN the backlog alert clears.
        store.retry_now(time.time())
        assert asyncio.run(_deliver(store, served.base, device)) == 4
        assert asyncio.run(_beat(health, served.base, device)) == [Link.CONNECTED]
        until(
            lambda: served.http.get("/metrics"),
            lambda r: (
                f'lexkiosk_terminal_alert{{kind="outbox_backlog",terminal="{TERMINAL}"}} 0'
                in r.text
                or 'kind="outbox_backlog",terminal' not in r.text
            ),
        )
        assert (
            until(
                lambda: served.http.get("/console/", headers=console),
                lambda r: f'data-alert="outbox_backlog" data-subject="{TERMINAL}"' not in r.text,
            ).status_code
            == 200
        )
        assert _alert_row(served, console, "outbox_backlog") is None
        assert _alert_row(served, console, "disk_space") is not None
        store.close()


def test_the_figures_come_from_the_outbox_and_the_data_disk(tmp_path: Path) -> None:
    """Before enrolment there is no outbox: the backlog is not sent rather than guessed; the
    free share is that of the filesystem holding the data dir, even before it is created."""
    missing = tmp_path / "not" / "yet"
    figures = TerminalHealth(missing, lambda: None).figures()
    usage = shutil.disk_usage(tmp_path)
    assert figures.outbox_backlog is None
    assert figures.disk_free_percent == pytest.approx(100 * usage.free / usage.total, abs=0.5)
    store = _store(tmp_path)
    store.add("consultation", consultation())
    assert TerminalHealth(tmp_path, lambda: store).figures().outbox_backlog == 1
    store.close()
