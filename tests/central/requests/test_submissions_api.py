"""`POST /api/v1/submissions`: stored once per idempotency key, journalled without content."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from fastapi.testclient import TestClient

from api_client.tracking import make_tracking_number


def _token(client: TestClient, code: str, terminal_id: str = "HALL01") -> str:
    body = {"code": code, "terminal_id": terminal_id, "site": "hall"}
    return str(client.post("/api/v1/enrol", json=body).json()["device_token"])


def _submission(seq: int, terminal_id: str = "HALL01", key: str | None = None) -> dict:
    return {
        "idempotency_key": key or str(uuid.uuid4()),
        "kind": "legal_aid",
        "tracking_number": make_tracking_number(terminal_id, date(2026, 11, 29), seq),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {
            "applicant": {"name": "测试申请人", "phone": "13800138000"},
            "description": "拖欠工资",
        },
    }


def test_a_repeat_is_answered_not_stored_twice(client: TestClient, enrol_code) -> None:
    headers = {"Authorization": f"Bearer {_token(client, enrol_code())}"}
    body = _submission(1)
    first = client.post("/api/v1/submissions", json=body, headers=headers)
    again = client.post("/api/v1/submissions", json=body, headers=headers)
    assert first.status_code == 201 and first.json()["duplicate"] is False
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["tracking_number"] == body["tracking_number"]


def test_conflicts_and_foreign_numbers_are_refused(client: TestClient, enrol_code) -> None:
    headers = {"Authorization": f"Bearer {_token(client, enrol_code())}"}
    body = _submission(2)
    assert client.post("/api/v1/submissions", json=body, headers=headers).status_code == 201
    reused_key = _submission(3, key=body["idempotency_key"])
    r = client.post("/api/v1/submissions", json=reused_key, headers=headers)
    assert r.status_code == 409 and "another tracking number" in r.json()["detail"]
    taken_number = _submission(2) | {"tracking_number": body["tracking_number"]}
    r = client.post("/api/v1/submissions", json=taken_number, headers=headers)
    assert r.status_code == 409 and "belongs to another submission" in r.json()["detail"]
    other_terminal = _submission(4, terminal_id="ELSE01")
    r = client.post("/api/v1/submissions", json=other_terminal, headers=headers)
    assert r.status_code == 409 and "start HALL01-" in r.json()["detail"]
    bad_check = _submission(5)
    bad_check["tracking_number"] = bad_check["tracking_number"][:-1] + (
        "0" if bad_check["tracking_number"][-1] != "0" else "1"
    )
    r = client.post("/api/v1/submissions", json=bad_check, headers=headers)
    assert r.status_code == 409 and "check character" in r.json()["detail"]


def test_needs_a_device_token(client: TestClient) -> None:
    assert client.post("/api/v1/submissions", json=_submission(1)).status_code == 401


def test_malformed_submission_says_what_is_allowed(client: TestClient, enrol_code) -> None:
    headers = {"Authorization": f"Bearer {_token(client, enrol_code())}"}
    body = _submission(1) | {"kind": "pizza"}
    r = client.post("/api/v1/submissions", json=body, headers=headers)
    assert r.status_code == 422 and "legal_aid" in r.text
