"""Sessions against real `lexkiosk-central serve` processes over real sockets: two workers
on one PostgreSQL and one Redis racing to claim, staff hearing the queue change live across
workers, the nobody-available answer, and who may call what from outside."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from websockets.sync.client import connect

from central.db import Database
from tests.central.sessions.support import Headers, Scene
from tests.helpers.server import LiveService, live_service

pytestmark = pytest.mark.e2e
ROUNDS = 8


@pytest.fixture
def two_workers(central_db_url: str, redis_url: str) -> Iterator[tuple[LiveService, LiveService]]:
    with (
        live_service(central_db_url, "--redis-url", redis_url) as a,
        live_service(central_db_url, "--redis-url", redis_url) as b,
    ):
        yield a, b


def _scene(base: str, db_url: str) -> tuple[Scene, httpx.Client]:
    http = httpx.Client(base_url=base, timeout=30)
    scene = Scene(http, Database(db_url))
    scene.org("city-notary", "150100")
    scene.org("district", "150102", kind="justice_bureau")
    return scene, http


@pytest.mark.parametrize("central_db_url", ["postgresql"], indirect=True)
def test_two_notaries_claiming_at_once_on_two_workers_one_wins(
    central_db_url: str, two_workers: tuple[LiveService, LiveService]
) -> None:
    """GIVEN two workers on PostgreSQL + Redis and two available notaries WHEN both claim the
    same queued session at the same moment, one through each worker, eight times THEN each
    time exactly one wins and the other is told who was faster."""
    a, b = two_workers
    scene, http = _scene(a.base, central_db_url)
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    scene.available(ana)
    scene.available(ben)
    kiosk = scene.terminal("K001", "district")
    start = threading.Barrier(2)

    def claim(base: str, who: Headers, sid: str) -> httpx.Response:
        with httpx.Client(base_url=base, timeout=30) as client:
            start.wait(timeout=30)
            return client.post(f"/api/v1/sessions/{sid}/claim", headers=who)

    winners = []
    with ThreadPoolExecutor(2) as pool:
        for _ in range(ROUNDS):
            sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
            replies = list(pool.map(claim, (a.base, b.base), (ana, ben), (sid, sid)))
            codes = sorted(r.status_code for r in replies)
            assert codes == [200, 409], [r.text for r in replies]
            lost = next(r for r in replies if r.status_code == 409).json()["detail"]
            assert "already claimed by" in lost or "just changed by someone else" in lost, lost
            winners.append(next(n for n, r in enumerate(replies) if r.status_code == 200))
            # the winner releases it so the terminal may ask again with a new request
            who = (ana, ben)[winners[-1]]
            http.post(f"/api/v1/sessions/{sid}/end", json={"outcome": "referred"}, headers=who)
    http.close()
    scene.database.dispose()


@pytest.mark.parametrize("central_db_url", ["postgresql"], indirect=True)
def test_staff_hear_the_queue_change_live_from_another_worker(
    central_db_url: str, two_workers: tuple[LiveService, LiveService]
) -> None:
    """GIVEN a notary listening to /api/v1/events on worker B WHEN a terminal asks for a
    session through worker A THEN the notary hears of it (through Redis)."""
    a, b = two_workers
    scene, http = _scene(a.base, central_db_url)
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    kiosk = scene.terminal("K001", "district")
    url = f"ws://{b.host}:{b.port}/api/v1/events"
    with connect(url, additional_headers=ana, open_timeout=30) as ws:
        assert json.loads(ws.recv(timeout=30)) == {"type": "ready"}
        sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
        event = json.loads(ws.recv(timeout=30))
    assert event == {
        "type": "session.changed",
        "session_id": sid,
        "kind": "notarisation",
        "state": "queued",
    }
    http.close()
    scene.database.dispose()


@pytest.fixture
def served(central_db_url: str) -> Iterator[tuple[Scene, httpx.Client]]:
    with live_service(central_db_url) as service:
        scene, http = _scene(service.base, central_db_url)
        yield scene, http
        http.close()
        scene.database.dispose()


def test_nobody_available_gets_the_plain_message_and_the_call_back_offer(
    served: tuple[Scene, httpx.Client],
) -> None:
    """GIVEN notaries who are all away WHEN a terminal asks over the network THEN it gets no
    place in a queue but the plain message, and the call-back and appointment offer."""
    scene, http = served
    away = scene.staff("away", "notary", "city-notary")
    http.put("/api/v1/sessions/availability", json={"available": False}, headers=away)
    kiosk = scene.terminal("K001", "district")
    status = scene.ask(kiosk, scene.delivered_request("K001", kiosk), language="en")
    assert status["state"] == "abandoned"
    assert status["position"] is None and status["estimated_wait_s"] is None
    assert status["unavailable"]["reason"] == "nobody_available"
    assert status["unavailable"]["message"] == (
        "Nobody can take a video call right now. We can call you back, or you can book an "
        "appointment."
    )
    assert status["unavailable"]["offers"] == ["callback", "appointment"]


def test_who_may_call_the_session_routes_from_outside(
    served: tuple[Scene, httpx.Client],
) -> None:
    """Anonymous 401; another terminal 404; a notary of another organisation 404; staff of
    the wrong role 403; a forged session id 404; bad input a plain 422."""
    scene, http = served
    scene.org("far-notary", "150200")
    ana = scene.staff("ana", "notary", "city-notary")
    far = scene.staff("far", "notary", "far-notary")
    tech = scene.staff("tech", "technician", "city-notary")
    scene.available(ana)
    mine, other = scene.terminal("K001", "district"), scene.terminal("K002", "district")
    sid = scene.ask(mine, scene.delivered_request("K001", mine))["session_id"]

    assert http.get(f"/api/v1/kiosk/sessions/{sid}").status_code == 401
    assert http.post(f"/api/v1/sessions/{sid}/claim").status_code == 401
    assert http.get("/api/v1/sessions/queue").status_code == 401
    assert http.get(f"/api/v1/kiosk/sessions/{sid}", headers=other).status_code == 404
    assert http.get(f"/api/v1/kiosk/sessions/{sid}/grant", headers=other).status_code == 404
    for path in ("claim", "connect", "grant"):
        method = "GET" if path == "grant" else "POST"
        assert (
            http.request(method, f"/api/v1/sessions/{sid}/{path}", headers=far).status_code == 404
        )
    assert http.get("/api/v1/sessions/queue", headers=far).json() == []
    refused = http.post(f"/api/v1/sessions/{sid}/claim", headers=tech)
    assert refused.status_code == 403 and "notary" in refused.json()["detail"]
    # a staff token is no device token and the other way round
    assert http.get(f"/api/v1/kiosk/sessions/{sid}", headers=ana).status_code == 401
    assert http.get("/api/v1/sessions/queue", headers=mine).status_code == 401
    forged = http.get("/api/v1/kiosk/sessions/vs_AAAAAAAAAAAAAAAAAAAAAA", headers=mine)
    assert forged.status_code == 404
    bad = http.post(
        "/api/v1/kiosk/sessions",
        json={"tracking_number": "x", "kind": "séance", "identified_by": "id_card"},
        headers=mine,
    )
    assert bad.status_code == 422 and "Traceback" not in bad.text
    # the owner's notary and terminal are served
    assert http.post(f"/api/v1/sessions/{sid}/claim", headers=ana).status_code == 200
    assert http.get(f"/api/v1/kiosk/sessions/{sid}", headers=mine).json()["state"] == "claimed"
