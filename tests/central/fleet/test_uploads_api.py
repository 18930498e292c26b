"""Chunked uploads over HTTP: resume where the service stands, refuse overlaps, check SHA-256."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from typing import Any

from fastapi.testclient import TestClient

from api_client.tracking import make_tracking_number


def _headers(client: TestClient, code: str) -> dict[str, str]:
    body = {"code": code, "terminal_id": "UPL001", "site": "hall"}
    return {
        "Authorization": f"Bearer {client.post('/api/v1/enrol', json=body).json()['device_token']}"
    }


def _start(client: TestClient, headers: dict[str, str], data: bytes, upload_id: str) -> Any:
    body = {"upload_id": upload_id, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return client.post("/api/v1/uploads", json=body, headers=headers)


def _put(client: TestClient, headers: dict[str, str], upload_id: str, offset: int, data: bytes):
    return client.put(
        f"/api/v1/uploads/{upload_id}",
        params={"offset": offset},
        content=data,
        headers=headers | {"Content-Type": "application/octet-stream"},
    )


def test_upload_in_chunks_with_a_resume(client, enrol_code, central_settings) -> None:
    headers = _headers(client, enrol_code())
    data = bytes(range(256)) * 4000  # 1,024,000 bytes
    upload_id = str(uuid.uuid4())
    assert _start(client, headers, data, upload_id).status_code == 201
    assert _put(client, headers, upload_id, 0, data[:400_000]).json()["received"] == 400_000
    # The terminal crashed; on restart it asks again and resumes where the service stands.
    again = _start(client, headers, data, upload_id)
    assert again.status_code == 200 and again.json()["received"] == 400_000
    overlap = _put(client, headers, upload_id, 0, data[:400_000])
    assert overlap.status_code == 409 and "expected offset 400000" in overlap.json()["detail"]
    done = _put(client, headers, upload_id, 400_000, data[400_000:])
    assert done.json() == {
        "upload_id": upload_id,
        "size": len(data),
        "received": len(data),
        "complete": True,
    }
    stored = central_settings.data_dir / "uploads" / f"{upload_id}.bin"
    assert stored.read_bytes() == data


def test_a_corrupted_file_is_asked_for_again(client, enrol_code) -> None:
    headers = _headers(client, enrol_code())
    upload_id = str(uuid.uuid4())
    _start(client, headers, b"the real bytes", upload_id)
    state = _put(client, headers, upload_id, 0, b"the fake bytes").json()
    assert state["complete"] is False and state["received"] == 0


def test_limits_and_ownership(client, enrol_code) -> None:
    headers = _headers(client, enrol_code())
    upload_id = str(uuid.uuid4())
    _start(client, headers, b"1234", upload_id)
    assert _put(client, headers, upload_id, 0, b"12345").status_code == 413
    assert _put(client, headers, upload_id, 0, b"x" * (1024 * 1024 + 1)).status_code == 413
    assert client.get(f"/api/v1/uploads/{uuid.uuid4()}", headers=headers).status_code == 404
    taken = {"upload_id": upload_id, "size": 9, "sha256": "0" * 64}
    assert client.post("/api/v1/uploads", json=taken, headers=headers).status_code == 409
    assert client.get(f"/api/v1/uploads/{upload_id}").status_code == 401


def test_a_submission_waits_for_its_attachments(client, enrol_code) -> None:
    headers = _headers(client, enrol_code())
    upload_id = str(uuid.uuid4())
    _start(client, headers, b"photo", upload_id)
    submission = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "legal_aid",
        "tracking_number": make_tracking_number("UPL001", date(2026, 11, 29), 1),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {"applicant": {"phone": "13800138000"}, "attachments": [upload_id]},
    }
    early = client.post("/api/v1/submissions", json=submission, headers=headers)
    assert early.status_code == 409 and "not fully uploaded" in early.json()["detail"]
    _put(client, headers, upload_id, 0, b"photo")
    assert client.post("/api/v1/submissions", json=submission, headers=headers).status_code == 201
