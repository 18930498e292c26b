"""Progress queries (terminal and /public/) and online requests: a second factor, the same
404 for a wrong factor and an unknown number, and rate limits."""

from __future__ import annotations

import uuid

from tests.central.requests.support import LEGAL_AID, bureau, submission
from tests.central.support import Central

NOT_FOUND = "no request with this tracking number and these last four digits"


def _legal_aid(central: Central) -> tuple[dict[str, str], str]:
    device = central.enrol("K001", org="east")
    body = submission("K001", 1, "legal_aid", LEGAL_AID)
    assert central.client.post("/api/v1/submissions", json=body, headers=device).status_code == 201
    return device, body["tracking_number"]


def test_progress_with_the_id_or_phone_digits(central: Central) -> None:
    b = bureau(central)
    device, number = _legal_aid(central)
    b.do(number, "accept", b.east_clerk, note="内部备注：申请人情绪激动")
    by_id = b.client.post(
        "/api/v1/kiosk/progress", json={"tracking_number": number, "last4": "1234"}, headers=device
    )
    assert by_id.status_code == 200, by_id.text
    progress = by_id.json()
    assert progress["status"] == "accepted" and progress["status_text"] == "已受理"
    assert [s["status"] for s in progress["steps"]] == ["submitted", "accepted"]
    assert "情绪" not in by_id.text and "测试申请人" not in by_id.text
    by_phone = b.client.post(
        "/public/api/progress",
        json={"tracking_number": number, "last4": "8000"},
        headers={"Accept-Language": "en-GB,en;q=0.8"},
    )
    assert by_phone.status_code == 200 and by_phone.json()["status_text"] == "Accepted"


def test_a_wrong_factor_looks_like_an_unknown_number_and_runs_out(central: Central) -> None:
    central.add_org("east", "150100", parent="root")
    _device, number = _legal_aid(central)
    wrong = central.client.post(
        "/public/api/progress", json={"tracking_number": number, "last4": "9999"}
    )
    unknown = central.client.post(
        "/public/api/progress", json={"tracking_number": "K001-261129-00077-6", "last4": "1234"}
    )
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.json() == unknown.json() == {"detail": NOT_FOUND}
    for _ in range(4):
        central.client.post(
            "/public/api/progress", json={"tracking_number": number, "last4": "0000"}
        )
    locked = central.client.post(
        "/public/api/progress", json={"tracking_number": number, "last4": "1234"}
    )
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    bad = central.client.post(
        "/public/api/progress", json={"tracking_number": number, "last4": "12"}
    )
    assert bad.status_code == 422 and "last4" in bad.text


def test_an_online_request_then_its_progress_and_a_rating(central: Central) -> None:
    b = bureau(central)
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "callback",
        "name": "李四",
        "phone": "13912345678",
        "question": "邻居漏水不赔偿怎么办",
    }
    first = b.client.post("/public/api/requests", json=body)
    again = b.client.post("/public/api/requests", json=body)
    assert first.status_code == 201 and again.status_code == 200
    number = first.json()["tracking_number"]
    assert number.startswith("WEB-") and again.json()["tracking_number"] == number
    detail = b.get(number, b.supervisor).json()
    assert detail["channel"] == "online" and detail["organisation"] == "root"
    progress = b.client.post(
        "/public/api/progress", json={"tracking_number": number, "last4": "5678"}
    )
    assert progress.status_code == 200 and progress.json()["status"] == "submitted"
    rate = {"tracking_number": number, "last4": "5678", "score": 5, "comment": "回复及时"}
    early = b.client.post("/public/api/ratings", json=rate)
    assert early.status_code == 409 and "not done yet" in early.json()["detail"]
    root_clerk = central.staff("clerk")
    for action in ("accept", "complete"):
        assert b.do(number, action, root_clerk).status_code == 200
    assert b.client.post("/public/api/ratings", json=rate).status_code == 201
    twice = b.client.post("/public/api/ratings", json=rate)
    assert twice.status_code == 409 and "already been rated" in twice.json()["detail"]
    assert b.client.post("/public/api/ratings", json=rate | {"score": 6}).status_code == 422


def test_public_calls_are_limited_per_client(central: Central) -> None:
    limit = central.app.state.settings.public_per_client
    body = {"tracking_number": "K001-261129-00077-6", "last4": "1234"}
    statuses = [
        central.client.post(
            "/public/api/progress", json=body | {"tracking_number": f"K001-261129-{n:05d}-0"}
        ).status_code
        for n in range(limit + 1)
    ]
    assert set(statuses[:limit]) == {404} and statuses[-1] == 429
