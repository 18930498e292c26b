"""The heartbeat caches: revoked and replaced tokens refused at once, state written behind."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from central.app import create_app
from central.db import Database
from central.fleet.enrolment import issue_enrol_code, kiosk_by_terminal_id, revoke
from central.models import Kiosk
from central.settings import CentralSettings
from tests.helpers.central_app import owner_org_id


def _enrol(client: TestClient, code: str, terminal_id: str = "HALL01") -> str:
    reply = client.post(
        "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": "h"}
    )
    assert reply.status_code == 201, reply.text
    token: str = reply.json()["device_token"]
    return token


def _beat(client: TestClient, token: str, version: str = "1.0") -> int:
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": version, "devices": []}
    reply = client.post(
        "/api/v1/heartbeat", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    return reply.status_code


def _code(url: str, terminal: str | None = None) -> str:
    database = Database(url)
    try:
        with database.session() as session:
            kiosk = kiosk_by_terminal_id(session, terminal) if terminal else None
            org = owner_org_id(session)
            return issue_enrol_code(session, None, timedelta(hours=1), org, "test", kiosk)
    finally:
        database.dispose()


def _revoke_through(database: Database, terminal_id: str) -> None:
    with database.session() as session:
        revoke(session, kiosk_by_terminal_id(session, terminal_id), "test")


def test_a_cached_token_is_refused_as_soon_as_this_worker_revokes_it(
    client: TestClient, central_settings: CentralSettings
) -> None:
    token = _enrol(client, _code(central_settings.db_url))
    assert _beat(client, token) == 200
    assert _beat(client, token) == 200
    assert len(client.app.state.heartbeats.devices) == 1  # type: ignore[attr-defined]
    _revoke_through(client.app.state.db, "HALL01")  # type: ignore[attr-defined]
    assert _beat(client, token) == 401


def test_a_revocation_by_another_process_is_seen_within_a_poll(
    client: TestClient, central_settings: CentralSettings
) -> None:
    token = _enrol(client, _code(central_settings.db_url))
    assert _beat(client, token) == 200
    other = Database(central_settings.db_url)  # the CLI or another worker
    _revoke_through(other, "HALL01")
    other.dispose()
    deadline = time.monotonic() + 5
    while _beat(client, token) == 200:
        assert time.monotonic() < deadline, "the revoked token still works after 5 s"
        time.sleep(0.1)
    assert _beat(client, token) == 401


def test_re_enrolment_drops_the_cached_old_token(
    client: TestClient, central_settings: CentralSettings
) -> None:
    old = _enrol(client, _code(central_settings.db_url))
    assert _beat(client, old) == 200
    new = _enrol(client, _code(central_settings.db_url, terminal="HALL01"))
    assert _beat(client, old) == 401
    assert _beat(client, new) == 200


def test_the_flusher_writes_heartbeats_within_seconds(
    client: TestClient, central_settings: CentralSettings
) -> None:
    token = _enrol(client, _code(central_settings.db_url))
    assert _beat(client, token, "2.5") == 200
    database = Database(central_settings.db_url)
    deadline = time.monotonic() + 5
    while True:
        with database.session() as session:
            version = session.scalars(select(Kiosk.app_version)).one()
        if version == "2.5" or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    database.dispose()
    assert version == "2.5", "the flusher wrote the heartbeat within a few seconds"


def test_routes_of_the_worker_read_heartbeats_already_answered(
    central_settings: CentralSettings,
) -> None:
    slow = central_settings.model_copy(update={"heartbeat_flush_s": 10.0})
    with TestClient(create_app(slow)) as client:
        token = _enrol(client, _code(slow.db_url))
        assert _beat(client, token, "2.6") == 200
        writer = client.app.state.heartbeats.writer  # type: ignore[attr-defined]
        assert writer.pending == 1
        rotated = client.post("/api/v1/token/rotate", headers={"Authorization": f"Bearer {token}"})
        assert rotated.status_code == 200  # a route with a session: it flushed first
        assert writer.pending == 0
        database = Database(slow.db_url)
        with database.session() as session:
            assert session.scalars(select(Kiosk.app_version)).one() == "2.6"
        database.dispose()


def test_pending_state_is_written_at_shutdown(
    tmp_path: Path, central_settings: CentralSettings
) -> None:
    slow = central_settings.model_copy(update={"heartbeat_flush_s": 10.0})
    with TestClient(create_app(slow)) as client:
        token = _enrol(client, _code(slow.db_url))
        assert _beat(client, token, "3.1") == 200
        assert client.app.state.heartbeats.writer.pending == 1  # type: ignore[attr-defined]
    database = Database(slow.db_url)
    with database.session() as session:
        kiosk = session.scalars(select(Kiosk)).one()
    database.dispose()
    assert kiosk.app_version == "3.1" and kiosk.last_seen is not None


def test_a_restarted_worker_starts_with_the_usable_tokens_cached(
    central_settings: CentralSettings,
) -> None:
    with TestClient(create_app(central_settings)) as client:
        kept = _enrol(client, _code(central_settings.db_url), "K001")
        _enrol(client, _code(central_settings.db_url), "K002")
        _revoke_through(client.app.state.db, "K002")  # type: ignore[attr-defined]
    with TestClient(create_app(central_settings)) as client:
        service = client.app.state.heartbeats  # type: ignore[attr-defined]
        assert len(service.devices) == 1, "the revoked terminal's token is not cached"
        assert _beat(client, kept) == 200
