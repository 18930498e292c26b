"""Who may rate what, against a running service (issue 13, finding 5): a terminal rates only
the service of its own journeys; the resident rates the outcome online with the second
factor, and neither rating refuses the other."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.helpers.served import Served, consultation, until


def _rating(number: str, score: int) -> dict[str, object]:
    return {"service": "consultation", "score": score, "request_tracking_number": number}


def test_a_terminal_rates_only_its_own_journeys_and_the_resident_still_rates_online(
    served: Served,
) -> None:
    """GIVEN a request made at alpha's terminal A001 WHEN beta's terminal B001 rates it THEN
    the rating stays a loose submission; A001's rating attaches; the resident's online rating
    of the outcome is taken once the request is done."""
    clerk = served.staff("alphaclerk", ["clerk"], "alpha")
    alpha_kiosk = served.enrol("A001", "alpha")
    beta_kiosk = served.enrol("B001", "beta")
    number = served.submit(alpha_kiosk, "A001", 1, "consultation", consultation())

    def read() -> httpx.Response:
        return served.http.get(f"/api/v1/requests/{number}", headers=clerk)

    until(read, lambda r: r.status_code == 200)
    served.submit(beta_kiosk, "B001", 1, "rating", _rating(number, 1))
    detail = read().json()
    assert detail["rating"] is None, detail["rating"]

    served.submit(alpha_kiosk, "A001", 2, "rating", _rating(number, 4))
    detail = until(read, lambda r: r.json()["rating"] is not None).json()
    assert detail["rating"]["score"] == 4 and detail["rating"]["channel"] == "kiosk"

    online = {"tracking_number": number, "last4": "1234", "score": 5, "comment": "办得好"}
    early = served.http.post("/public/api/ratings", json=online)
    assert early.status_code == 409 and "not done yet" in early.json()["detail"]
    for action, status in (("accept", "accepted"), ("complete", "completed")):
        reply = served.http.post(f"/api/v1/requests/{number}/{action}", json={}, headers=clerk)
        assert reply.status_code == 200, reply.text
        until(read, _status_is(status))
    wrong = served.http.post("/public/api/ratings", json=online | {"last4": "0000"})
    assert wrong.status_code == 404
    taken = served.http.post("/public/api/ratings", json=online)
    assert taken.status_code == 201, taken.text
    assert served.http.post("/public/api/ratings", json=online).status_code == 409
    detail = served.http.get(f"/api/v1/requests/{number}", headers=clerk).json()
    assert detail["rating"]["score"] == 5 and detail["rating"]["channel"] == "online"


def _status_is(status: str) -> Callable[[httpx.Response], bool]:
    return lambda reply: bool(reply.json()["status"] == status)
