"""Behind nginx the service counts each client apart: nginx puts the client's address in
`X-Forwarded-For` and the workers (`serve --forwarded-allow-ips 127.0.0.1`, what the generated
unit passes) trust it from 127.0.0.1 only. Checked on a real `serve` process over HTTP, and
the generated unit's ExecStart parsed by the service's own command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest

from api_client.tracking import make_tracking_number
from central.cli.parser import build_parser
from kiosk.central_process import free_port
from tests.helpers.platform import platform_settings, render, write_settings
from tests.helpers.production_shape import exec_start
from tests.helpers.served import serve_url

pytestmark = pytest.mark.e2e
LIMIT = 30  # CentralSettings.public_per_client: public calls per client address per window


def _progress(http: httpx.Client, seq: int, client: str) -> int:
    body = {
        "tracking_number": make_tracking_number("K900", date(2026, 12, 1), seq),
        "last4": "1234",
    }
    reply = http.post("/public/api/progress", json=body, headers={"X-Forwarded-For": client})
    return reply.status_code


def _spend(http: httpx.Client, client: str) -> None:
    """GIVEN one client that used up its public calls (each a miss: 404)."""
    assert [_progress(http, seq, client) for seq in range(1, LIMIT + 1)] == [404] * LIMIT
    assert _progress(http, LIMIT + 1, client) == 429


def test_limits_count_each_forwarded_client_apart(tmp_path: Path) -> None:
    with serve_url(f"sqlite:///{tmp_path / 'central.sqlite3'}", data_dir=tmp_path) as served:
        _spend(served.http, "203.0.113.7")
        assert _progress(served.http, 1, "198.51.100.9") == 404  # another resident: not limited
        assert _progress(served.http, 2, "203.0.113.7") == 429  # the first one still is


def test_the_generated_unit_runs_serve_trusting_nginx_on_loopback(tmp_path: Path) -> None:
    raw = platform_settings(tmp_path, free_port())
    done = render(write_settings(tmp_path / "platform.toml", raw), tmp_path / "etc")
    assert done.returncode == 0, done.stderr
    argv = exec_start(tmp_path / "etc" / "systemd" / "lexkiosk-central@.service", "8701")
    assert argv[1:4] == ["-m", "central.cli", "serve"]
    args = build_parser().parse_args(argv[3:])
    assert (args.host, args.port, args.forwarded_allow_ips) == ("127.0.0.1", 8701, "127.0.0.1")
    site = (tmp_path / "etc" / "nginx" / "lexkiosk-central.conf").read_text()
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in site  # replaced, never appended
