"""Terminal submissions become requests keeping the terminal's number; ratings attach."""

from __future__ import annotations

from tests.central.requests.support import LEGAL_AID, PHONE, bureau, submission
from tests.central.support import Central


def test_a_legal_aid_submission_becomes_a_request(central: Central) -> None:
    b = bureau(central)
    device = central.enrol("K001", org="east", site="赛罕区服务大厅")
    body = submission("K001", 1, "legal_aid", LEGAL_AID)
    assert b.client.post("/api/v1/submissions", json=body, headers=device).status_code == 201
    again = b.client.post("/api/v1/submissions", json=body, headers=device)
    assert again.status_code == 200
    listed = b.client.get("/api/v1/requests", headers=b.east_clerk).json()
    assert listed["total"] == 1
    detail = b.get(body["tracking_number"], b.east_clerk).json()
    assert detail["channel"] == "kiosk" and detail["kind"] == "legal_aid"
    assert detail["site"] == "赛罕区服务大厅" and detail["summary"] == "工地拖欠工资两万元"
    assert detail["applicant"]["phone"] == PHONE
    assert detail["history"][0]["actor"] == "terminal:K001"


def test_a_callback_is_a_hotline_request_and_a_rating_attaches(central: Central) -> None:
    b = bureau(central)
    device = central.enrol("K002", org="east")
    callback = submission(
        "K002", 1, "callback", {"channel": "hotline", "phone": PHONE, "topic": "labour"}
    )
    assert b.client.post("/api/v1/submissions", json=callback, headers=device).status_code == 201
    number = callback["tracking_number"]
    detail = b.get(number).json()
    assert detail["channel"] == "hotline" and detail["kind"] == "callback"
    assert detail["summary"] == "labour"
    rating = submission(
        "K002",
        2,
        "rating",
        {"service": "callback", "score": 4, "comment": "很耐心", "request_tracking_number": number},
    )
    assert b.client.post("/api/v1/submissions", json=rating, headers=device).status_code == 201
    second = submission(
        "K002", 3, "rating", {"service": "callback", "score": 1, "request_tracking_number": number}
    )
    assert b.client.post("/api/v1/submissions", json=second, headers=device).status_code == 201
    rated = b.get(number).json()["rating"]
    assert rated["score"] == 4 and rated["comment"] == "很耐心" and rated["channel"] == "kiosk"
    # a rating of the visit alone stays a submission, not a request
    plain = submission("K002", 4, "rating", {"service": "home", "score": 5, "comment": ""})
    assert b.client.post("/api/v1/submissions", json=plain, headers=device).status_code == 201
    assert b.client.get("/api/v1/requests", headers=b.operator).json()["total"] == 1


def test_reserved_prefixes_cannot_be_terminal_ids(central: Central) -> None:
    from datetime import timedelta

    from central.auth.staff import organisation_by_code
    from central.fleet.enrolment import issue_enrol_code

    with central.database.session() as session:
        org_id = organisation_by_code(session, "root").id
        code = issue_enrol_code(session, None, timedelta(hours=1), org_id)
    reply = central.client.post(
        "/api/v1/enrol", json={"code": code, "terminal_id": "HOTLINE", "site": "x"}
    )
    assert reply.status_code == 403 and "reserved" in reply.json()["detail"]
