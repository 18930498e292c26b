"""Events pushed to a terminal's WebSocket: in one process, and across two workers via Redis."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from central.app import create_app
from central.settings import CentralSettings
from tests.central.support import Central


def test_a_queued_command_is_pushed_to_the_connected_terminal(central: Central) -> None:
    device = central.enrol("K001")
    tech = central.staff("technician")
    with central.client.websocket_connect("/api/v1/events", headers=device) as socket:
        assert socket.receive_json() == {"type": "ready"}
        queued = central.client.post(
            "/api/v1/kiosks/K001/commands", json={"kind": "screenshot"}, headers=tech
        ).json()
        assert socket.receive_json() == {
            "type": "command",
            "id": queued["id"],
            "kind": "screenshot",
        }


def test_the_event_stream_refuses_callers_without_a_fitting_token(central: Central) -> None:
    """Anonymous callers, unknown tokens and staff who may not see terminals are refused."""
    clerk = central.staff("hotline_operator")
    bogus_staff = {"Authorization": "Bearer not-a-staff-token"}
    for headers in ({}, clerk, bogus_staff, {"Authorization": "Bearer lkd_not-a-token"}):
        with (
            pytest.raises(WebSocketDisconnect) as refused,
            central.client.websocket_connect("/api/v1/events", headers=headers),
        ):
            pass
        assert refused.value.code == 1008


@pytest.mark.parametrize("central_db_url", ["postgresql"], indirect=True)
def test_two_workers_share_postgresql_and_redis(
    central_db_url: str, redis_url: str, tmp_path: Path
) -> None:
    """GIVEN two workers on one PostgreSQL and one Redis, a terminal connected to worker B
    WHEN a technician queues a command through worker A THEN the terminal hears of it on B."""
    settings = CentralSettings(db_url=central_db_url, data_dir=tmp_path, redis_url=redis_url)
    worker_a, worker_b = create_app(settings), create_app(settings)
    with TestClient(worker_a) as client_a, TestClient(worker_b) as client_b:
        helper = Central(worker_a, client_a, worker_a.state.db)
        helper.add_org("root", "150000")
        device = helper.enrol("K001")
        tech = helper.staff("technician")
        with client_b.websocket_connect("/api/v1/events", headers=device) as socket:
            assert socket.receive_json() == {"type": "ready"}
            queued = client_a.post(
                "/api/v1/kiosks/K001/commands", json={"kind": "upload_logs"}, headers=tech
            ).json()
            event = socket.receive_json()
            assert event == {"type": "command", "id": queued["id"], "kind": "upload_logs"}
        pending = client_b.get("/api/v1/commands/pending", headers=device).json()
        assert [c["id"] for c in pending] == [queued["id"]]
