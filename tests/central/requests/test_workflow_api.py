"""The request workflow over HTTP on SQLite and PostgreSQL: the way through, every refused
step, idempotent creation, history and journal."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api_client.tracking import is_valid_tracking_number
from central.models import JournalEntry
from central.requests.workflow import TRANSITIONS
from tests.central.requests.support import ID_NUMBER, PHONE, Bureau, bureau, call_body
from tests.central.support import Central

SIMPLE = ("accept", "start", "complete", "close", "reject", "transfer")


def test_a_call_is_recorded_worked_and_closed(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    assert number.startswith("HOTLINE-") and is_valid_tracking_number(number)
    for action in ("accept", "start", "complete", "close"):
        reply = b.do(number, action, b.east_clerk, note=f"{action} done")
        assert reply.status_code == 200, reply.text
    detail = b.get(number).json()
    assert detail["status"] == "closed" and detail["closed_at"] and detail["completed_at"]
    assert [e["action"] for e in detail["history"]] == [
        "create",
        "accept",
        "start",
        "complete",
        "close",
    ]
    assert detail["history"][1]["note"] == "accept done"
    assert detail["assignee"] is not None and detail["allowed_actions"] == []
    assert detail["applicant"]["id_number"] == "150102************"
    listed = b.client.get("/api/v1/requests", headers=b.east_clerk).json()
    assert listed["total"] == 1 and listed["items"][0]["applicant_name"] == "王**"


def test_each_step_is_journaled_without_personal_data(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    b.do(number, "reject", b.east_clerk, reason="不属于法律问题，王小明请拨打12345")
    with central.database.session() as session:
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.subject == f"request:{number}")
        ).all()
        dumped = repr([(e.payload, e.actor, e.action) for e in entries])
    assert [e.action for e in entries] == ["request.create", "request.reject"]
    for secret in ("王小明", PHONE, ID_NUMBER, "工资"):
        assert secret not in dumped


def test_a_retried_creation_never_duplicates(central: Central) -> None:
    b = bureau(central)
    body = call_body()
    first = b.client.post("/api/v1/requests", json=body, headers=b.operator)
    again = b.client.post("/api/v1/requests", json=body, headers=b.operator)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == {"tracking_number": first.json()["tracking_number"], "duplicate": True}
    other = b.client.post("/api/v1/requests", json=body | {"kind": "legal_aid"}, headers=b.operator)
    assert other.status_code == 409 and "idempotency key" in other.json()["detail"]
    assert b.client.get("/api/v1/requests", headers=b.operator).json()["total"] == 1


def test_numbers_run_per_channel_and_day(central: Central) -> None:
    b = bureau(central)
    calls = [b.new() for _ in range(3)]
    hall = b.new(headers=b.east_clerk, channel="hall")
    assert [int(n.split("-")[2]) for n in calls] == [1, 2, 3]
    assert hall.startswith("HALL-") and hall.split("-")[2] == "00001"


def test_channels_need_their_role_and_bad_input_says_what_is_allowed(central: Central) -> None:
    b = bureau(central)
    hall = b.create(headers=b.operator, channel="hall")
    assert hall.status_code == 403 and "clerk" in hall.json()["detail"]
    assert b.create(headers=b.supervisor).status_code == 403
    bad = b.create(applicant={"name": "王", "phone": "12345"})
    assert bad.status_code == 422 and "phone" in bad.text
    wrong_kind = b.create(kind="divorce")
    assert wrong_kind.status_code == 422 and "legal_aid" in wrong_kind.text
    reject = b.do(b.new(), "reject", b.east_clerk)
    assert reject.status_code == 422 and "reason" in reject.text


def test_scope_supervisors_read_strangers_see_nothing(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    assert b.get(number, b.supervisor).status_code == 200
    assert b.do(number, "accept", b.supervisor).status_code == 403
    assert b.get(number, b.west_clerk).status_code == 404
    assert b.do(number, "accept", b.west_clerk).status_code == 404
    assert b.client.get("/api/v1/requests", headers=b.west_clerk).json()["total"] == 0
    assert b.get("ZZZ999-261129-00001-9").status_code == 404


def test_assign_to_a_member_of_the_holding_organisation(central: Central) -> None:
    b = bureau(central)
    central.add_staff("east-clerk2", ["clerk"], org="east")
    central.add_staff("west-clerk2", ["clerk"], org="west")
    number = b.new()
    ok = b.do(number, "assign", b.operator, username="east-clerk2")
    assert ok.status_code == 200 and ok.json()["assignee"] == "east-clerk2"
    stranger = b.do(number, "assign", b.operator, username="west-clerk2")
    assert stranger.status_code == 409 and "cannot take" in stranger.json()["detail"]


def test_filters_and_paging(central: Central) -> None:
    b = bureau(central)
    numbers = [b.new() for _ in range(5)]
    b.new(headers=b.east_clerk, channel="hall", kind="legal_aid")
    b.do(numbers[0], "accept", b.east_clerk)
    get = lambda q: b.client.get(f"/api/v1/requests?{q}", headers=b.east_clerk).json()  # noqa: E731
    assert get("status=accepted")["total"] == 1
    assert get("kind=legal_aid&channel=hall")["total"] == 1
    assert get("channel=hotline")["total"] == 5
    page = get("per_page=4&page=2")
    assert page["total"] == 6 and len(page["items"]) == 2
    assert get(f"q={numbers[2][-9:]}")["items"][0]["tracking_number"] == numbers[2]
    assert get("organisation=east")["total"] == 6
    for elsewhere in ("west", "nowhere"):  # outside one's scope is the same as unknown
        reply = b.client.get(f"/api/v1/requests?organisation={elsewhere}", headers=b.east_clerk)
        assert reply.status_code == 404 and "in your organisations" in reply.json()["detail"]
    bad = b.client.get("/api/v1/requests?status=sleeping", headers=b.east_clerk)
    assert bad.status_code == 422 and "submitted" in bad.text


def _drive_to(b: Bureau, status: str) -> tuple[str, int | None]:
    """A request in `status`, and its last transfer order's id if it has one."""
    number, order = b.new(), None
    steps: dict[str, list[str]] = {
        "submitted": [],
        "accepted": ["accept"],
        "in_progress": ["accept", "start"],
        "completed": ["accept", "complete"],
        "closed": ["accept", "complete", "close"],
        "rejected": ["reject"],
    }
    for action in steps.get(status, []):
        extra: dict[str, Any] = {"reason": "不属于受理范围"} if action == "reject" else {}
        assert b.do(number, action, b.east_clerk, **extra).status_code == 200
    if status in ("transferred", "returned"):
        order = b.transfer(number).json()["id"]
    if status == "returned":
        assert order is not None
        assert b.answer(order, False, b.west_clerk, "不属本单位管辖").status_code == 200
    assert b.get(number).json()["status"] == status
    return number, order


@pytest.mark.parametrize("status", list(TRANSITIONS))
def test_every_refused_transition_answers_409(central: Central, status: str) -> None:
    """GIVEN a request in `status` WHEN each action the table does not allow from there is
    tried THEN 409 names the current status and what is allowed, and nothing changes."""
    b = bureau(central)
    number, order = _drive_to(b, status)
    allowed = TRANSITIONS[status]  # type: ignore[index]
    history = len(b.get(number).json()["history"])
    for action in (a for a in SIMPLE if a not in allowed):
        if action == "transfer":
            reply = b.transfer(number, headers=b.east_clerk)
        else:
            extra = {"reason": "测试理由"} if action == "reject" else {}
            reply = b.do(number, action, b.east_clerk, **extra)
        assert reply.status_code == 409, (action, reply.text)
        detail = reply.json()["detail"]
        assert f"is {status!r}" in detail and f"{action!r} is not allowed" in detail
        assert (", ".join(allowed) if allowed else "nothing") in detail
    if order is not None and status != "transferred":
        for accept in (True, False):
            again = b.answer(order, accept, b.west_clerk, "再次退回")
            assert again.status_code == 409 and "already returned" in again.json()["detail"]
    after = b.get(number).json()
    assert after["status"] == status and len(after["history"]) == history
