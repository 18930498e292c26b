"""`/metrics` and the masking JSON log formatter."""

from __future__ import annotations

import json
import logging

from central.logs import JsonFormatter, mask_text
from tests.central.support import Central


def test_metrics_count_requests_by_route_template_and_fleet_state(central: Central) -> None:
    device = central.enrol("K001")
    central.beat(device)
    central.enrol("K002")
    central.client.post("/api/v1/auth/login", json={"username": "nobody", "password": "x"})
    reply = central.client.get("/metrics")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/plain")
    text = reply.text
    assert (
        'lexkiosk_http_requests_total{method="POST",route="/api/v1/heartbeat",status="200"} 1.0'
        in text
    )
    assert 'lexkiosk_kiosks{state="online"} 1.0' in text
    assert 'lexkiosk_kiosks{state="offline"} 1.0' in text
    assert "lexkiosk_login_failures_total 1.0" in text
    assert "lexkiosk_http_request_duration_seconds_bucket" in text


def test_unmatched_paths_share_one_label(central: Central) -> None:
    central.client.get("/no/such/path/123")
    central.client.get("/no/such/path/456")
    text = central.client.get("/metrics").text
    assert 'route="unmatched",status="404"} 2.0' in text


def _record(message: str, **extra: object) -> dict[str, object]:
    record = logging.LogRecord("central.test", logging.INFO, __file__, 1, message, None, None)
    for key, value in extra.items():
        setattr(record, key, value)
    line: dict[str, object] = json.loads(JsonFormatter().format(record))
    return line


def test_json_log_lines_mask_personal_data() -> None:
    line = _record(
        "resident 11010519491231002X called from 13912345678",
        id_number="11010519491231002X",
        password="secret",
        terminal_id="K001",
        payload={"phone": "13912345678", "site": "hall"},
    )
    assert line["level"] == "info" and line["logger"] == "central.test"
    assert "11010519491231002X" not in json.dumps(line)
    assert "13912345678" not in json.dumps(line)
    assert line["id_number"] == "***" and line["password"] == "***"
    assert line["terminal_id"] == "K001"
    assert line["payload"] == {"phone": "***", "site": "hall"}


def test_mask_text_hides_tokens_and_mrz_lines() -> None:
    text = mask_text(
        "token lkd_abcdefghijklmnopqrstuvwxyz0123 mrz P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<"
    )
    assert "abcdefghijklmnop" not in text
    assert "ZHANG" not in text
