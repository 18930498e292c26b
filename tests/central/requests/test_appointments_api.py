"""Office hours and slots published by staff; free slots and bookings from terminals."""

from __future__ import annotations

from tests.central.requests.support import booking, bureau, tomorrow_nine
from tests.central.support import Central


def publish(central: Central, headers: dict[str, str], org: str = "west", count: int = 3) -> list:
    hours = {"hours": [{"weekday": d, "opens": "08:30", "closes": "17:30"} for d in range(5)]}
    put = central.client.put(
        f"/api/v1/organisations/{org}/office-hours", json=hours, headers=headers
    )
    assert put.status_code == 200 and len(put.json()) == 5
    body = {
        "service": "notarisation",
        "starts_at": tomorrow_nine().isoformat(),
        "minutes": 30,
        "count": count,
    }
    slots = central.client.post(f"/api/v1/organisations/{org}/slots", json=body, headers=headers)
    assert slots.status_code == 201, slots.text
    return slots.json()


def test_publish_list_book_and_repeat(central: Central) -> None:
    b = bureau(central)
    slots = publish(central, b.west_clerk)
    device = central.enrol("K001", org="east")
    free = central.client.get("/api/v1/kiosk/slots?service=notarisation", headers=device).json()
    assert [o["organisation_code"] for o in free] == ["west"]
    assert len(free[0]["slots"]) == 3 and free[0]["office_hours"][0]["opens"] == "08:30"
    body = booking(slots[0]["slot_id"], 1)
    first = central.client.post("/api/v1/kiosk/bookings", json=body, headers=device)
    again = central.client.post("/api/v1/kiosk/bookings", json=body, headers=device)
    assert first.status_code == 201 and again.status_code == 200, first.text
    assert first.json()["duplicate"] is False and again.json()["duplicate"] is True
    assert again.json()["slot"] == first.json()["slot"] == slots[0]
    free = central.client.get("/api/v1/kiosk/slots?service=notarisation", headers=device).json()
    assert slots[0]["slot_id"] not in [s["slot_id"] for s in free[0]["slots"]]
    detail = b.get(body["tracking_number"], b.west_clerk).json()
    assert (
        detail["organisation"] == "west" and detail["appointment"]["slot_id"] == slots[0]["slot_id"]
    )
    assert detail["channel"] == "kiosk" and detail["kind"] == "notarisation"


def test_a_taken_slot_and_other_refusals_say_why(central: Central) -> None:
    b = bureau(central)
    slots = publish(central, b.west_clerk)
    device = central.enrol("K001", org="east")
    slot = slots[1]["slot_id"]
    assert (
        central.client.post(
            "/api/v1/kiosk/bookings", json=booking(slot, 1), headers=device
        ).status_code
        == 201
    )
    taken = central.client.post("/api/v1/kiosk/bookings", json=booking(slot, 2), headers=device)
    assert taken.status_code == 409 and "taken" in taken.json()["detail"]
    # the refused booking left no request behind
    assert b.client.get("/api/v1/requests", headers=b.west_clerk).json()["total"] == 1
    wrong = central.client.post(
        "/api/v1/kiosk/bookings",
        json=booking(slots[2]["slot_id"], 3, kind="mediation"),
        headers=device,
    )
    assert wrong.status_code == 409 and "for notarisation, not mediation" in wrong.json()["detail"]
    missing = central.client.post("/api/v1/kiosk/bookings", json=booking(999999, 4), headers=device)
    assert missing.status_code == 404
    foreign = central.client.post(
        "/api/v1/kiosk/bookings",
        json=booking(slots[2]["slot_id"], 5, terminal="K999"),
        headers=device,
    )
    assert foreign.status_code == 409 and "start K001-" in foreign.json()["detail"]
    twice = central.client.post(
        "/api/v1/organisations/west/slots",
        json={"service": "notarisation", "starts_at": tomorrow_nine().isoformat()},
        headers=b.west_clerk,
    )
    assert twice.status_code == 409 and "already exists" in twice.json()["detail"]
    past = central.client.post(
        "/api/v1/organisations/west/slots",
        json={"service": "mediation", "starts_at": "2020-01-01T00:00:00Z"},
        headers=b.west_clerk,
    )
    assert past.status_code == 400 and "future" in past.json()["detail"]
    hours = {"hours": [{"weekday": 0, "opens": "18:00", "closes": "08:00"}]}
    bad = central.client.put(
        "/api/v1/organisations/west/office-hours", json=hours, headers=b.west_clerk
    )
    assert bad.status_code == 400 and "before closing" in bad.json()["detail"]
    elsewhere = central.client.post(
        "/api/v1/organisations/east/slots",
        json={"service": "mediation", "starts_at": tomorrow_nine().isoformat()},
        headers=b.west_clerk,
    )
    assert elsewhere.status_code == 404
