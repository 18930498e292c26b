"""A document a terminal uploaded with a legal aid application, read back by staff."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select

from central.models import JournalEntry
from tests.central.requests.support import LEGAL_AID, bureau, submission
from tests.central.support import PASSWORD, Central


def test_staff_read_the_documents_of_requests_they_see(central: Central) -> None:
    b = bureau(central)
    device = central.enrol("K001", org="east")
    data = b"%PDF-1.4 scanned wage slip " * 100
    upload_id = str(uuid.uuid4())
    start = {"upload_id": upload_id, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert central.client.post("/api/v1/uploads", json=start, headers=device).status_code == 201
    put = central.client.put(
        f"/api/v1/uploads/{upload_id}",
        params={"offset": 0},
        content=data,
        headers=device | {"Content-Type": "application/octet-stream"},
    )
    assert put.json()["complete"] is True
    body = submission("K001", 1, "legal_aid", LEGAL_AID | {"attachments": [upload_id]})
    assert central.client.post("/api/v1/submissions", json=body, headers=device).status_code == 201
    number = body["tracking_number"]
    assert b.get(number, b.east_clerk).json()["attachments"] == [upload_id]

    path = f"/api/v1/requests/{number}/attachments/{upload_id}"
    reply = central.client.get(path, headers=b.east_clerk)
    assert reply.status_code == 200 and reply.content == data
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert central.client.get(path, headers=b.west_clerk).status_code == 404
    other = f"/api/v1/requests/{number}/attachments/{uuid.uuid4()}"
    assert central.client.get(other, headers=b.east_clerk).status_code == 404
    with central.database.session() as session:
        reads = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "request.attachment_read")
        ).all()
        assert [r.payload["upload_id"] for r in reads] == [upload_id]

    central.add_staff("clerk9", ["clerk"], org="east")
    central.client.post(
        "/console/login",
        content=f"username=clerk9&password={PASSWORD.replace(' ', '+')}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    page = central.client.get(f"/console/requests/{number}").text
    link = f"/console/requests/{number}/attachments/{upload_id}"
    assert f'href="{link}"' in page
    assert central.client.get(link).content == data
