"""A configuration push naming the updater's programs is refused on the terminal too (the
central service refuses to push it; a service taken over would not)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx

from api_client.client import CentralClient
from kiosk.net.fleet_sync import FleetSync


def test_a_pushed_restart_command_is_refused_and_the_file_stays(tmp_path: Path) -> None:
    """GIVEN the service's answer to GET /api/v1/config carrying updates.restart_command
    WHEN the terminal syncs THEN it reports `refused` naming the key and keeps its file."""
    config = tmp_path / "kiosk.toml"
    config.write_text('site = "hall-7"\n')
    pushed = {
        "version": 7,
        "target_kind": "terminal",
        "target": "HALL01",
        "sha256": "0" * 64,
        "created_at": "2026-12-06T17:00:00Z",
        "created_by": "someone",
        "document": {"updates": {"restart_command": ["sh", "-c", "x"]}},
    }
    reports: list[dict[str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/config":
            return httpx.Response(200, json=pushed)
        reports.append(json.loads(request.content))
        return httpx.Response(204)

    async def sync() -> None:
        transport = httpx.MockTransport(answer)
        async with CentralClient("http://central", "t" * 43, transport=transport) as client:
            await FleetSync(config, tmp_path, lambda _c: None).sync_config(client)  # type: ignore[arg-type,return-value]

    asyncio.run(sync())

    assert config.read_text() == 'site = "hall-7"\n'
    [report] = reports
    assert report["outcome"] == "refused" and report["version"] == 7
    assert "updates.restart_command" in str(report["detail"])
