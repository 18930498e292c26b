"""Enrolment and heartbeats over HTTP."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from central.auth.tokens import sha256_hex
from central.db import Database
from central.models import Kiosk


def _enrol(client: TestClient, code: str, terminal_id: str = "HALL01", site: str = "hall") -> dict:
    response = client.post(
        "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": site}
    )
    assert response.status_code == 201, response.text
    return response.json()


def _beat(client: TestClient, token: str, devices: list[dict] | None = None):
    body = {
        "sent_at": datetime.now(UTC).isoformat(),
        "app_version": "0.1.0",
        "devices": devices if devices is not None else [{"family": "printer", "status": "online"}],
    }
    return client.post("/api/v1/heartbeat", json=body, headers={"Authorization": f"Bearer {token}"})


def test_healthz(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok"


def test_enrol_stores_only_a_hash_of_the_token(client, enrol_code, central_settings) -> None:
    issued = _enrol(client, enrol_code())
    assert issued["device_token"].startswith("lkd_") and len(issued["device_token"]) > 40
    database = Database(central_settings.db_url)
    with database.session() as session:
        kiosk = session.scalars(select(Kiosk)).one()
        assert kiosk.token_sha256 == sha256_hex(issued["device_token"])
        assert issued["device_token"] not in repr(kiosk.__dict__)
    database.dispose()


def test_a_code_works_once(client, enrol_code) -> None:
    code = enrol_code()
    _enrol(client, code)
    again = client.post("/api/v1/enrol", json={"code": code, "terminal_id": "HALL02", "site": "x"})
    assert again.status_code == 403
    assert "already used" in again.json()["detail"]


def test_expired_and_wrong_site_codes_are_refused(client, enrol_code) -> None:
    old = enrol_code(ttl=timedelta(seconds=-1))
    r = client.post("/api/v1/enrol", json={"code": old, "terminal_id": "HALL01", "site": "hall"})
    assert r.status_code == 403
    site_bound = enrol_code(site="north")
    r = client.post(
        "/api/v1/enrol", json={"code": site_bound, "terminal_id": "H1X", "site": "south"}
    )
    assert r.status_code == 403 and "north" in r.json()["detail"]


def test_malformed_enrolment_says_what_is_allowed(client) -> None:
    r = client.post("/api/v1/enrol", json={"code": "abc", "terminal_id": "hall 1", "site": ""})
    assert r.status_code == 422
    fields = {tuple(e["loc"])[-1] for e in r.json()["detail"]}
    assert fields == {"code", "terminal_id", "site"}


def test_heartbeat_records_device_status(client, enrol_code, central_settings) -> None:
    token = _enrol(client, enrol_code())["device_token"]
    devices = [{"family": "printer", "status": "noDevice", "detail": "unplugged"}]
    r = _beat(client, token, devices)
    assert r.status_code == 200
    assert r.json()["next_heartbeat_s"] == 7.0
    database = Database(central_settings.db_url)
    deadline = time.monotonic() + 5  # written behind, within about a second
    while True:
        with database.session() as session:
            kiosk = session.scalars(select(Kiosk)).one()
        if kiosk.devices or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert kiosk.devices == devices
    assert kiosk.last_seen is not None
    database.dispose()


def test_heartbeat_needs_a_valid_token(client, enrol_code) -> None:
    assert _beat(client, "lkd_not-a-token").status_code == 401
    r = client.post("/api/v1/heartbeat", json={})
    assert r.status_code == 401
    assert "device token is required" in r.json()["detail"]


def test_re_enrolment_rotates_the_token(client, enrol_code) -> None:
    first = _enrol(client, enrol_code())["device_token"]
    refused = client.post(
        "/api/v1/enrol", json={"code": enrol_code(), "terminal_id": "HALL01", "site": "hall"}
    )
    assert refused.status_code == 403, "a plain code enrols new terminals only"
    second = _enrol(client, enrol_code(terminal="HALL01"))["device_token"]
    assert _beat(client, first).status_code == 401
    assert _beat(client, second).status_code == 200


def test_unknown_device_status_is_rejected(client, enrol_code) -> None:
    token = _enrol(client, enrol_code())["device_token"]
    r = _beat(client, token, [{"family": "printer", "status": "on fire"}])
    assert r.status_code == 422
    assert "online" in r.text  # the message lists what is allowed
