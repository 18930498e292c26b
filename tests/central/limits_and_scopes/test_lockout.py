"""Nobody can lock a resident out or guess his query, against a running service (issue 13,
finding 7): wrong digits slow only the address that typed them, new tracking numbers carry a
random part, old receipts still work, and staff never see the second factor in a masked ID."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from api_client.tracking import is_valid_tracking_number
from tests.helpers.served import ID_NUMBER, Served, consultation, until

NEW_FORM = re.compile(r"^[A-Z0-9]{3,12}-\d{6}-\d{5,9}-\d{4}[0-9X]$")


def _from(address: str, base: str) -> httpx.Client:
    return httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address))


def _online(served: Served, phone: str) -> str:
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "callback",
        "name": "李四",
        "phone": phone,
        "question": "邻居漏水不赔偿怎么办",
    }
    reply = served.http.post("/public/api/requests", json=body)
    assert reply.status_code == 201, reply.text
    return str(reply.json()["tracking_number"])


def test_wrong_digits_from_one_address_do_not_lock_the_resident_out(served: Served) -> None:
    """GIVEN someone at 127.0.0.2 who typed wrong digits for a number until refused WHEN the
    resident asks from 127.0.0.3 with the right digits THEN he gets his progress."""
    reader = served.staff("alphaclerk", ["clerk"], "alpha")  # alpha takes online requests
    number = _online(served, "13912345678")
    until(
        lambda: served.http.get(f"/api/v1/requests/{number}", headers=reader),
        lambda r: r.status_code == 200,
    )
    with _from("127.0.0.2", served.base) as guesser:
        codes = [
            guesser.post(
                "/public/api/progress", json={"tracking_number": number, "last4": f"{n:04d}"}
            ).status_code
            for n in range(7)
        ]
    assert codes[:5] == [404] * 5 and set(codes[5:]) == {429}
    with _from("127.0.0.3", served.base) as resident:
        mine = resident.post(
            "/public/api/progress", json={"tracking_number": number, "last4": "5678"}
        )
    assert mine.status_code == 200, mine.text


def test_new_numbers_are_not_the_neighbours_plus_one_and_old_receipts_still_work(
    served: Served,
) -> None:
    """GIVEN two online requests in a row THEN each number ends in a random part, and a
    terminal's receipt printed in the older form is still adopted and answers its query."""
    first, second = _online(served, "13912345678"), _online(served, "13912345679")
    assert NEW_FORM.match(first) and NEW_FORM.match(second), (first, second)
    assert first.split("-")[2] != second.split("-")[2]

    clerk = served.staff("alphaclerk", ["clerk"], "alpha")
    device = served.enrol("A001", "alpha")
    # printed an hour ago: a fixed stamp would fall outside the service's 60-day bound on
    # late deliveries (central.requests.submitted_time) as the calendar moves on
    submitted = datetime.now(UTC) - timedelta(hours=1)
    day = submitted.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%y%m%d")
    old = next(
        n for n in (f"A001-{day}-00009-{c}" for c in "0123456789X") if is_valid_tracking_number(n)
    )
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "consultation",
        "tracking_number": old,
        "submitted_at": submitted.isoformat(),
        "payload": consultation(),
    }
    assert served.http.post("/api/v1/submissions", json=body, headers=device).status_code == 201
    adopted = until(
        lambda: served.http.get(f"/api/v1/requests/{old}", headers=clerk),
        lambda r: r.status_code == 200,
    )
    # the stamp was believed: the request counts from when the resident submitted
    assert datetime.fromisoformat(adopted.json()["created_at"]) == submitted
    found = served.http.post("/public/api/progress", json={"tracking_number": old, "last4": "1234"})
    assert found.status_code == 200, found.text


def test_a_masked_id_number_does_not_show_the_second_factor(served: Served) -> None:
    """GIVEN a request with ID number ...1234 WHEN a clerk reads it THEN the masked ID shows no
    trailing digits (the last four are the progress query's second factor)."""
    clerk = served.staff("alphaclerk", ["clerk"], "alpha")
    device = served.enrol("A001", "alpha")
    number = served.submit(device, "A001", 1, "consultation", consultation())
    detail = until(
        lambda: served.http.get(f"/api/v1/requests/{number}", headers=clerk),
        lambda r: r.status_code == 200,
    ).json()
    shown = detail["applicant"]["id_number"]
    assert shown.startswith(ID_NUMBER[:6]) and len(shown) == len(ID_NUMBER)
    assert ID_NUMBER[-4:] not in shown and shown.endswith("*"), shown
    token = clerk["Authorization"].removeprefix("Bearer ")
    with httpx.Client(base_url=served.base, cookies={"lexkiosk_staff": token}) as browser:
        page = browser.get(f"/console/requests/{number}")
    assert page.status_code == 200 and ID_NUMBER[:6] + "*" * 12 in page.text
    assert ID_NUMBER[:6] + "*" * 8 + ID_NUMBER[-4:] not in page.text
