"""`lexkiosk-central serve` as a real process: enrol, heartbeat, staff login, JSON logs."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from central.cli import main
from tests.central.support import PASSWORD
from tests.helpers.central_app import add_bureau_and_technician
from tests.helpers.server import live_service


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str, Path]]:
    """GIVEN an organisation, a technician and an enrolment code made with the CLI, and the
    service started with JSON logs."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    add_bureau_and_technician(db, PASSWORD, monkeypatch)
    log = tmp_path / "serve.log"
    with live_service(db, "--json-logs", data_dir=tmp_path, log_path=log) as service:
        yield service.base, db, log


def test_terminal_and_technician_over_real_http(server: tuple[str, str, Path], capsys) -> None:
    base, db, log = server
    capsys.readouterr()
    assert main(["kiosk", "enroll-code", "--db", db, "--org", "root", "--site", "hall"]) == 0
    code = capsys.readouterr().out.strip()
    with httpx.Client(base_url=base) as client:
        enrolled = client.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": "K001", "site": "hall"}
        )
        assert enrolled.status_code == 201
        device = {"Authorization": f"Bearer {enrolled.json()['device_token']}"}
        beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
        assert client.post("/api/v1/heartbeat", json=beat, headers=device).status_code == 200
        token = client.post(
            "/api/v1/auth/login", json={"username": "tech1", "password": PASSWORD}
        ).json()["access_token"]
        listed = client.get("/api/v1/kiosks", headers={"Authorization": f"Bearer {token}"})
        assert [k["online"] for k in listed.json()] == [True]
        assert "lexkiosk_kiosks" in client.get("/metrics").text
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    enrolled_line = next(line for line in lines if line["message"] == "terminal enrolled")
    assert enrolled_line["terminal_id"] == "K001" and enrolled_line["level"] == "info"
    signed = next(line for line in lines if line["message"] == "journal checkpoint")
    assert signed["head"].startswith("2:"), "the start signs the CLI's two entries"
    assert code not in log.read_text()


def test_staff_receive_heartbeats_live_over_a_real_websocket(
    server: tuple[str, str, Path], capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN `lexkiosk-central serve` as a process (uvicorn with its WebSocket library), a
    technician of the terminal's organisation and one of another organisation, both listening
    on /api/v1/events WHEN the terminal sends a heartbeat THEN the first receives it over the
    real socket and the second does not."""
    from websockets.sync.client import connect

    base, db, _log = server
    other = ["org", "add", "other", "--db", db, "--name", "Other", "--kind", "justice_bureau"]
    assert main([*other, "--region", "140000"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    outsider = ["user", "add", "tech2", "--db", db, "--name", "T2", "--org", "other"]
    assert main([*outsider, "--role", "technician", "--password-stdin"]) == 0
    capsys.readouterr()
    assert main(["kiosk", "enroll-code", "--db", db, "--org", "root", "--site", "hall"]) == 0
    code = capsys.readouterr().out.strip()
    url = base.replace("http://", "ws://") + "/api/v1/events"
    with httpx.Client(base_url=base) as client:
        enrolled = client.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": "K007", "site": "hall"}
        )
        device = {"Authorization": f"Bearer {enrolled.json()['device_token']}"}
        tokens = {
            name: client.post(
                "/api/v1/auth/login", json={"username": name, "password": PASSWORD}
            ).json()["access_token"]
            for name in ("tech1", "tech2")
        }
        with (
            connect(url, additional_headers={"Authorization": f"Bearer {tokens['tech1']}"}) as own,
            connect(url, additional_headers={"Authorization": f"Bearer {tokens['tech2']}"}) as far,
        ):
            assert json.loads(own.recv(timeout=10)) == {"type": "ready"}
            assert json.loads(far.recv(timeout=10)) == {"type": "ready"}
            beat = {
                "sent_at": datetime.now(UTC).isoformat(),
                "app_version": "1.2",
                "devices": [{"family": "printer", "status": "online"}],
            }
            assert client.post("/api/v1/heartbeat", json=beat, headers=device).status_code == 200
            event = json.loads(own.recv(timeout=10))
            assert event["type"] == "heartbeat" and event["terminal_id"] == "K007"
            assert event["devices"] == [{"family": "printer", "status": "online"}]
            with pytest.raises(TimeoutError):
                far.recv(timeout=1.0)
