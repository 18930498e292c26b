"""The submission contract against a running `lexkiosk-central serve` (a process on loopback,
real sockets): every kind refuses a malformed ID number or phone with a 422 that names the
field, and what terminals queued before the typed contract (the recorded version 1 items in
tests/api_client/fixtures/outbox_v1) still delivers and becomes the same request."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from api_client.client import CentralClient
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.files import ensure_key, open_outbox
from api_client.tracking import make_tracking_number
from central.clock import utcnow
from tests.helpers.served import Served, serve

FIXTURES = Path(__file__).parents[2] / "api_client" / "fixtures" / "outbox_v1"
GOOD_ID = "150102199003281234"
BAD_ID = "150102199003281235"  # one digit off: the check character no longer holds
BAD_PHONE = "12345"
TERMINAL = "WIRE01"
PAYLOADS: dict[str, dict[str, Any]] = {
    "legal_aid": {"description": "工资被拖欠三个月", "eligibility": {"low_income": True}},
    "consultation": {"question": "老板拖欠工资怎么办？", "category": "labour"},
    "notarisation": {"summary": "房屋继承公证"},
    "mediation": {"summary": "邻里纠纷"},
    "callback": {"topic": "labour"},
}


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return body


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve(str(tmp_path_factory.mktemp("wire") / "central.sqlite3")) as running:
        yield running


@pytest.fixture(scope="module")
def devices(served: Served) -> dict[str, dict[str, str]]:
    """GIVEN the terminal the fixtures were recorded on (REC001) and one for the attacks,
    both owned by alpha, and a clerk of alpha who reads the requests."""
    return {
        "REC001": served.enrol("REC001", "alpha"),
        TERMINAL: served.enrol(TERMINAL, "alpha"),
        "clerk": served.staff("wireclerk", ["clerk"], "alpha"),
    }


class Numbers:
    seq = 0

    @classmethod
    def next(cls) -> str:
        cls.seq += 1
        return make_tracking_number(TERMINAL, date(2026, 11, 29), cls.seq)


def submission(kind: str, applicant: dict[str, str], version: int | None) -> dict[str, Any]:
    payload = PAYLOADS[kind] | {"applicant": applicant}
    if version is not None:
        payload["version"] = version
    return {
        "idempotency_key": str(uuid.uuid4()),
        "kind": kind,
        "tracking_number": Numbers.next(),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": payload,
    }


def where(answer: Any) -> list[str]:
    return [".".join(str(p) for p in problem["loc"]) for problem in answer.json()["detail"]]


@pytest.mark.parametrize("version", [2, None], ids=["v2", "v1"])
@pytest.mark.parametrize("kind", sorted(PAYLOADS))
@pytest.mark.parametrize(
    ("field", "applicant"),
    [
        ("id_number", {"phone": "13800138000", "id_number": BAD_ID, "identified_by": "id_card"}),
        ("id_number", {"phone": "13800138000", "id_number": "1501-0219"}),
        ("phone", {"phone": BAD_PHONE, "id_number": GOOD_ID}),
        ("phone", {"phone": "1380013800x"}),
    ],
)
def test_a_malformed_id_number_or_phone_is_refused_naming_the_field(
    served: Served,
    devices: dict[str, dict[str, str]],
    kind: str,
    version: int | None,
    field: str,
    applicant: dict[str, str],
) -> None:
    body = submission(kind, {"name": "测试", **applicant}, version)
    answer = served.http.post("/api/v1/submissions", json=body, headers=devices[TERMINAL])
    assert answer.status_code == 422, answer.text
    assert [w for w in where(answer) if w.endswith(f"payload.applicant.{field}")], answer.text
    # and the same applicant is accepted once the field is right
    fixed = applicant | ({"id_number": GOOD_ID} if field == "id_number" else {})
    fixed |= {"phone": "0471-6612345"} if field == "phone" else {}
    good = submission(kind, {"name": "测试", **fixed}, version)
    accepted = served.http.post("/api/v1/submissions", json=good, headers=devices[TERMINAL])
    assert accepted.status_code == 201, accepted.text


def test_a_rating_carries_no_personal_data(
    served: Served, devices: dict[str, dict[str, str]]
) -> None:
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "rating",
        "tracking_number": Numbers.next(),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {"score": 5, "applicant": {"phone": "13800138000"}, "version": 2},
    }
    answer = served.http.post("/api/v1/submissions", json=body, headers=devices[TERMINAL])
    assert answer.status_code == 422 and "rating.payload.applicant" in where(answer)[0]
    score = body | {"payload": {"score": 9}, "idempotency_key": str(uuid.uuid4())}
    answer = served.http.post("/api/v1/submissions", json=score, headers=devices[TERMINAL])
    assert answer.status_code == 422 and where(answer)[0].endswith("payload.score")


# (fixture, what the clerk sees: kind, channel, summary, phone, masked id number)
RECORDED = [
    ("legal_aid_id_card", "legal_aid", "kiosk", "工资被拖欠", "13800138000", "110101************"),
    ("legal_aid_typed_landline", "legal_aid", "kiosk", "工资被拖欠", "04716612345", "150102***"),
    ("legal_aid_passport", "legal_aid", "kiosk", "工资被拖欠", "13900139000", "*********"),
    ("legal_aid_foreign_permanent", "legal_aid", "kiosk", "工资", "13700137000", "CAN110***"),
    ("consultation_article", "consultation", "kiosk", "老板拖欠工资", "13900139000", ""),
    ("consultation_plain", "consultation", "kiosk", "", "13900139001", ""),
    ("callback", "callback", "hotline", "labour", "13600136000", ""),
]


def test_every_recorded_version_1_item_delivers_and_becomes_its_request(
    served: Served, devices: dict[str, dict[str, str]]
) -> None:
    """GIVEN what the terminal code before issue 15 queued (version 1, no `version` key) WHEN
    an old terminal delivers it to the new service THEN it is stored and adopted as before,
    the phone in digits only, the ID number masked for staff; a repeat is still a repeat."""
    device, clerk = devices["REC001"], devices["clerk"]
    for name, kind, channel, summary, phone, masked in RECORDED:
        body = fixture(name)
        assert "version" not in body["payload"]
        answer = served.http.post("/api/v1/submissions", json=body, headers=device)
        assert answer.status_code == 201, (name, answer.text)
        again = served.http.post("/api/v1/submissions", json=body, headers=device)
        assert again.status_code == 200 and again.json()["duplicate"] is True
        detail = served.http.get(f"/api/v1/requests/{body['tracking_number']}", headers=clerk)
        assert detail.status_code == 200, (name, detail.text)
        shown = detail.json()
        assert (shown["kind"], shown["channel"]) == (kind, channel), name
        assert summary in shown["summary"] and shown["applicant"]["phone"] == phone, name
        assert shown["applicant"]["id_number"].startswith(masked.rstrip("*")), name
        assert len(shown["applicant"]["id_number"]) == len(
            body["payload"].get("applicant", {}).get("id_number", "")
        )
    for name in ("rating_request", "rating"):
        answer = served.http.post("/api/v1/submissions", json=fixture(name), headers=device)
        assert answer.status_code == 201, (name, answer.text)
    rated_number = fixture("rating_request")["payload"]["request_tracking_number"]
    rated = served.http.get(f"/api/v1/requests/{rated_number}", headers=clerk).json()
    assert rated["rating"]["score"] == 5 and rated["rating"]["comment"] == "办得很快"


def test_the_recorded_booking_still_books(
    served: Served, devices: dict[str, dict[str, str]]
) -> None:
    """GIVEN a free notarisation slot WHEN the booking recorded from the old terminal code
    arrives THEN it books; the same booking with a malformed ID number is refused naming it."""
    clerk, device = devices["clerk"], devices["REC001"]
    starts = (utcnow() + timedelta(days=1)).replace(hour=1, minute=0, second=0, microsecond=0)
    slots = served.http.post(
        "/api/v1/organisations/alpha/slots",
        json={"service": "notarisation", "starts_at": starts.isoformat(), "count": 2},
        headers=clerk,
    )
    assert slots.status_code == 201, slots.text
    recorded = fixture("booking_request") | {"slot_id": slots.json()[0]["slot_id"]}
    bad = recorded | {"applicant": recorded["applicant"] | {"id_number": BAD_ID}}
    bad |= {"idempotency_key": str(uuid.uuid4())}
    refused = served.http.post("/api/v1/kiosk/bookings", json=bad, headers=device)
    assert refused.status_code == 422 and where(refused) == ["body.applicant.id_number"]
    booked = served.http.post("/api/v1/kiosk/bookings", json=recorded, headers=device)
    assert booked.status_code == 201, booked.text
    shown = served.http.get(f"/api/v1/requests/{recorded['tracking_number']}", headers=clerk)
    assert shown.json()["applicant"]["id_number"] == "110101************"


def test_an_item_queued_before_the_upgrade_leaves_a_terminals_outbox(
    served: Served, devices: dict[str, dict[str, str]], tmp_path: Path
) -> None:
    """GIVEN a terminal's real outbox holding version 1 items (the recorded payloads, as the
    old code stored them, one with a document photo) WHEN the upgraded terminal's delivery
    runs against the service THEN every item is confirmed and leaves the outbox, and the
    legal aid application arrives as a request with its photo."""
    terminal = "OLDBOX1"
    device = served.enrol(terminal, "alpha")
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, terminal)
    names = ("legal_aid_id_card", "consultation_article", "callback", "rating")
    items = [store.add(fixture(n)["kind"], fixture(n)["payload"]) for n in names]
    photo = bytes(range(256)) * 40
    with_photo = store.add("legal_aid", fixture("legal_aid_passport")["payload"], files=[photo])
    token = device["Authorization"].removeprefix("Bearer ")

    async def deliver() -> int:
        async with CentralClient(served.base, token) as client:
            return await OutboxDelivery(store, client, clock=lambda: 1e12).deliver_due()

    assert asyncio.run(deliver()) == len(items) + 1
    assert store.status(now=1e12).pending == 0 and store.status(now=1e12).refused == 0
    clerk = devices["clerk"]
    shown = served.http.get(f"/api/v1/requests/{with_photo.tracking_number}", headers=clerk)
    assert shown.status_code == 200 and shown.json()["applicant"]["name"] == "ZHANG SAN"
    assert len(shown.json()["attachments"]) == 1
    store.close()
