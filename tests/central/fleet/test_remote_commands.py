"""Remote commands: queued by staff, fetched and answered by the terminal."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from tests.central.support import Central

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_screenshot_round_trip(central: Central) -> None:
    tech = central.staff("technician")
    device = central.enrol("K001")
    queued = central.client.post(
        "/api/v1/kiosks/K001/commands", json={"kind": "screenshot"}, headers=tech
    )
    assert queued.status_code == 201 and queued.json()["state"] == "queued"
    command_id = queued.json()["id"]

    pending = central.client.get("/api/v1/commands/pending", headers=device).json()
    assert [(c["id"], c["kind"], c["state"]) for c in pending] == [
        (command_id, "screenshot", "sent")
    ]
    again = central.client.get("/api/v1/commands/pending", headers=device).json()
    assert [c["id"] for c in again] == [command_id], "delivered until answered"

    result = {
        "outcome": "succeeded",
        "attachment_type": "image/png",
        "attachment_b64": base64.b64encode(PNG).decode(),
    }
    done = central.client.post(f"/api/v1/commands/{command_id}/result", json=result, headers=device)
    assert done.status_code == 200
    assert done.json()["state"] == "succeeded" and done.json()["attachment_size"] == len(PNG)
    assert central.client.get("/api/v1/commands/pending", headers=device).json() == []

    image = central.client.get(f"/api/v1/commands/{command_id}/attachment", headers=tech)
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/png" and image.content == PNG
    history = central.client.get("/api/v1/kiosks/K001/commands", headers=tech).json()
    assert history[0]["state"] == "succeeded"


def test_result_rules(central: Central) -> None:
    tech = central.staff("technician")
    device = central.enrol("K001")
    other = central.enrol("K002")
    command_id = central.client.post(
        "/api/v1/kiosks/K001/commands", json={"kind": "upload_logs"}, headers=tech
    ).json()["id"]
    not_theirs = central.client.post(
        f"/api/v1/commands/{command_id}/result", json={"outcome": "failed"}, headers=other
    )
    assert not_theirs.status_code == 409
    bad = {"outcome": "succeeded", "attachment_type": "text/plain", "attachment_b64": "%%%"}
    reply = central.client.post(f"/api/v1/commands/{command_id}/result", json=bad, headers=device)
    assert reply.status_code == 409 and "not valid base64" in reply.json()["detail"]
    failed = {"outcome": "failed", "detail": "log folder missing"}
    assert (
        central.client.post(
            f"/api/v1/commands/{command_id}/result", json=failed, headers=device
        ).status_code
        == 200
    )
    twice = central.client.post(
        f"/api/v1/commands/{command_id}/result", json=failed, headers=device
    )
    assert twice.status_code == 409 and "already failed" in twice.json()["detail"]


def test_heartbeat_tells_the_terminal_commands_wait(central: Central) -> None:
    tech = central.staff("technician")
    device = central.enrol("K001")
    central.client.post(
        "/api/v1/kiosks/K001/commands", json={"kind": "restart_shell"}, headers=tech
    )
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    ack = central.client.post("/api/v1/heartbeat", json=body, headers=device).json()
    assert ack["pending_commands"] == 1


def test_unknown_command_kind_lists_the_kinds(central: Central) -> None:
    tech = central.staff("technician")
    central.enrol("K001")
    reply = central.client.post(
        "/api/v1/kiosks/K001/commands", json={"kind": "format_disk"}, headers=tech
    )
    assert reply.status_code == 422
    assert "restart_shell" in reply.json()["detail"][0]["msg"]


def test_a_revoked_terminal_takes_no_commands(central: Central) -> None:
    tech = central.staff("technician")
    central.enrol("K001")
    central.client.post("/api/v1/kiosks/K001/revoke", headers=tech)
    reply = central.client.post(
        "/api/v1/kiosks/K001/commands", json={"kind": "screenshot"}, headers=tech
    )
    assert reply.status_code == 409
