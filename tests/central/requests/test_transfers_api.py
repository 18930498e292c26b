"""Transfer orders over HTTP: the receiver accepts or returns with a reason; overdue orders
are flagged; only the receiving organisation answers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from central.clock import utcnow
from central.models import TransferOrder
from tests.central.requests.support import bureau
from tests.central.support import Central


def test_transfer_then_return_with_a_reason(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    order = b.transfer(number)
    assert order.status_code == 201, order.text
    body = order.json()
    assert body["state"] == "pending" and body["to_organisation"] == "west"
    assert body["from_organisation"] == "east" and not body["overdue"]
    # the receiver sees it, flagged; the sender can no longer act on it
    listed = b.client.get("/api/v1/requests", headers=b.west_clerk).json()["items"]
    assert [i["pending_transfer_to"] for i in listed] == ["west"]
    assert b.do(number, "accept", b.east_clerk).status_code == 409
    assert b.do(number, "accept", b.west_clerk).status_code == 409  # held by east
    returned = b.answer(body["id"], False, b.west_clerk, "不属本单位管辖，请转司法所")
    assert returned.status_code == 200 and returned.json()["state"] == "returned"
    detail = b.get(number).json()
    assert detail["status"] == "returned" and detail["organisation"] == "east"
    assert [e["action"] for e in detail["history"]][-2:] == ["transfer", "transfer_return"]
    assert detail["history"][-1]["note"] == "不属本单位管辖，请转司法所"
    assert detail["transfers"][0]["answer_reason"] == "不属本单位管辖，请转司法所"
    assert b.get(number, b.west_clerk).status_code == 404  # back with the sender


def test_transfer_accepted_moves_the_request(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    order = b.transfer(number).json()["id"]
    assert b.answer(order, True, b.east_clerk).status_code == 404  # not the receiver
    accepted = b.answer(order, True, b.west_clerk, "收到")
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    detail = b.get(number, b.west_clerk).json()
    assert detail["status"] == "accepted" and detail["organisation"] == "west"
    assert b.do(number, "start", b.west_clerk).status_code == 200
    assert b.get(number, b.east_clerk).status_code == 404
    incoming = b.client.get("/api/v1/transfers", headers=b.west_clerk).json()
    outgoing = b.client.get("/api/v1/transfers?direction=outgoing", headers=b.operator).json()
    assert [t["id"] for t in incoming] == [order] == [t["id"] for t in outgoing]


def test_transfer_refusals_say_why(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    nowhere = b.transfer(number, to="nowhere")
    assert nowhere.status_code == 404 and "nowhere" in nowhere.json()["detail"]
    same = b.transfer(number, to="east")
    assert same.status_code == 409 and "already held by east" in same.json()["detail"]
    short = b.do(number, "transfer", b.operator, to_organisation="west", reason="x")
    assert short.status_code == 422 and "reason" in short.text
    order = b.transfer(number).json()["id"]
    no_reason = b.client.post(
        f"/api/v1/transfers/{order}/return", json={"reason": ""}, headers=b.west_clerk
    )
    assert no_reason.status_code == 422
    assert b.answer(order, True, b.supervisor).status_code == 403


def test_overdue_transfers_are_flagged(central: Central) -> None:
    b = bureau(central)
    late, fresh = b.new(), b.new()
    late_order = b.transfer(late).json()["id"]
    b.transfer(fresh)
    with central.database.session() as session:
        session.execute(
            update(TransferOrder)
            .where(TransferOrder.id == late_order)
            .values(deadline_at=utcnow() - timedelta(hours=1))
        )
    overdue = b.client.get("/api/v1/requests?overdue=true", headers=b.west_clerk).json()
    assert [i["tracking_number"] for i in overdue["items"]] == [late]
    assert overdue["items"][0]["transfer_overdue"] is True
    orders = b.client.get("/api/v1/transfers?overdue=true", headers=b.west_clerk).json()
    assert [(o["id"], o["overdue"]) for o in orders] == [(late_order, True)]
