"""422 answers never echo what was sent: an ID number, a phone or a name in a refused body
stays out of the answer (it would land in proxies' and clients' logs), while the answer still
says where the problem is and what is allowed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from tests.helpers.served import serve_url

# valid as a number except its check character (the valid one ends 1234: tests/helpers/served)
BAD_ID = "150102199003281235"
PHONE = "13800138000"
NAME = "王小明"


def _body(applicant: dict[str, object], tracking: str) -> dict[str, object]:
    return {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "consultation",
        "tracking_number": tracking,
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {"applicant": applicant, "question": "工地拖欠工资两万元"},
    }


def test_refused_submission_answer_holds_no_personal_data(tmp_path: Path) -> None:
    """GIVEN the service as a process and an enrolled terminal WHEN it submits a consultation
    whose applicant has a wrong ID number, then one with a phone where a mapping belongs,
    and a login with a number for a name THEN every answer is 422 naming the field, the rule
    and its type, and none contains the ID number, the phone or the name."""
    with serve_url(f"sqlite:///{tmp_path / 'central.sqlite3'}", data_dir=tmp_path) as served:
        device = served.enrol("K001", "alpha")
        bad_id: dict[str, object] = {"name": NAME, "id_number": BAD_ID, "phone": PHONE}
        answers = [
            served.http.post(
                "/api/v1/submissions", json=_body(bad_id, "K001-20261129-0001"), headers=device
            ),
            served.http.post(
                "/api/v1/submissions",
                json=_body({"name": NAME, "id_number": BAD_ID, "phone": [PHONE]}, "K001-x"),
                headers=device,
            ),
            served.http.post("/api/v1/auth/login", json={"username": [BAD_ID], "password": 7}),
        ]
    for answer in answers:
        assert answer.status_code == 422, answer.text
        for secret in (BAD_ID, BAD_ID[-6:], PHONE, NAME):
            assert secret not in answer.text, (secret, answer.text)
        problems = answer.json()["detail"]
        assert problems, answer.text
        for problem in problems:
            assert {"loc", "msg", "type"} <= problem.keys() <= {"loc", "msg", "type", "ctx"}
            assert "input" not in problem
    first = answers[0].json()["detail"]
    assert any("id_number" in problem["loc"] for problem in first), first
