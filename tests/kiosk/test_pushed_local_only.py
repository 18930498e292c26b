"""The terminal refuses a pushed configuration that sets what only its own settings file may
(the central service it trusts, that service's CA, its data folder, its id, its own PIN), even
when the service let the push through, and keeps its file as it was."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from api_client.client import CentralClient
from kiosk.net.fleet_sync import FleetSync


def _sync(tmp_path: Path, document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    config = tmp_path / "kiosk.toml"
    config.write_text('site = "hall-7"\n')
    pushed = {
        "version": 3,
        "target_kind": "all",
        "target": "",
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
        transport = httpx.MockTransport(answer)  # the service, at the outermost edge
        async with CentralClient("http://central", "t" * 43, transport=transport) as client:
            await FleetSync(config, tmp_path, lambda _c: None).sync_config(client)  # type: ignore[arg-type,return-value]

    asyncio.run(sync())
    [report] = reports
    return config.read_text(), report


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("central_url", "https://evil.example:8443"),
        ("central_ca", "/etc/ssl/certs/ca-certificates.crt"),
        ("data_dir", "/tmp/elsewhere"),
        ("terminal_id", "EVIL01"),
    ],
)
def test_a_push_naming_a_local_only_setting_is_refused(
    tmp_path: Path, key: str, value: str
) -> None:
    kept, report = _sync(tmp_path, {key: value, "idle": {"timeout_s": 120}})
    assert kept == 'site = "hall-7"\n'  # nothing of the push was applied
    assert report["outcome"] == "refused" and report["version"] == 3
    assert key in report["detail"] and "never pushed" in report["detail"], report


def test_a_push_of_ordinary_settings_is_still_applied(tmp_path: Path) -> None:
    kept, report = _sync(tmp_path, {"idle": {"timeout_s": 120}})
    assert report["outcome"] == "applied", report
    assert "timeout_s = 120" in kept
