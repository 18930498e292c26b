"""A terminal's fleet sync handed one pushed configuration by a stand-in for the central
service (the outermost edge): what the settings file holds afterwards and what was reported."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx

from api_client.client import CentralClient
from kiosk.net.fleet_sync import FleetSync

BEFORE = 'site = "hall-7"\n'


def sync_pushed(
    tmp_path: Path, document: dict[str, Any], version: int
) -> tuple[str, dict[str, Any]]:
    """Sync once against an answer carrying `document` as `version`; (the settings file after,
    the one report sent back). The file starts as BEFORE."""
    config = tmp_path / "kiosk.toml"
    config.write_text(BEFORE)
    pushed = {
        "version": version,
        "target_kind": "terminal",
        "target": "HALL01",
        "sha256": "0" * 64,
        "created_at": "2026-12-06T17:00:00Z",
        "created_by": "someone",
        "document": document,
    }
    reports: list[dict[str, Any]] = []

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
    [report] = reports
    return config.read_text(), report
