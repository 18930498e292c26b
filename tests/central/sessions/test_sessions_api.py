"""Sessions through the API of an app on SQLite and PostgreSQL: queue, wait, routing,
claim, hand-over, the limit on waiting, appointments, and what the journal and the request's
history keep."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from central.clock import utcnow
from central.models import JournalEntry, RequestEvent, RequestRow
from central.sessions.models import SessionEvent, VideoSession
from tests.central.sessions.support import Scene
from tests.central.support import Central


@pytest.fixture
def scene(central: Central) -> Scene:
    """GIVEN a notary office for city 150100 under the root bureau, a district bureau
    (150102) owning terminals K001 and K002, and a notary office in another city (150200)."""
    s = Scene(central.client, central.database)
    s.org("city-notary", "150100", parent="root")
    s.org("district", "150102", kind="justice_bureau", parent="root")
    s.org("far-notary", "150200", parent="root")
    return s


def _history(central: Central, number: str) -> list[str]:
    with central.database.session() as session:
        row = session.scalars(select(RequestRow).where(RequestRow.tracking_number == number)).one()
        return list(
            session.scalars(
                select(RequestEvent.action)
                .where(RequestEvent.request_id == row.id)
                .order_by(RequestEvent.id)
            )
        )


def _journal(central: Central, session_id: str) -> list[str]:
    with central.database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry.action)
                .where(JournalEntry.subject == f"session:{session_id}")
                .order_by(JournalEntry.seq)
            )
        )


def test_queue_position_wait_claim_and_history(central: Central, scene: Scene) -> None:
    """WHEN two terminals ask for a notarisation and one notary of two available claims the
    first THEN positions and waits follow, the queue is masked, and every step is kept."""
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    scene.available(ana)
    scene.available(ben)
    k1, k2 = scene.terminal("K001", "district"), scene.terminal("K002", "district")
    n1 = scene.delivered_request("K001", k1)
    n2 = scene.delivered_request("K002", k2)
    first, second = scene.ask(k1, n1), scene.ask(k2, n2)
    assert (first["state"], first["position"], second["position"]) == ("queued", 1, 2)
    assert first["available_staff"] == 2
    # two available: both are in the first round of the default 15-minute call
    assert first["estimated_wait_s"] == second["estimated_wait_s"] == 900

    queue = central.client.get("/api/v1/sessions/queue", headers=ana).json()
    assert [i["session_id"] for i in queue] == [first["session_id"], second["session_id"]]
    assert queue[0]["applicant_name"] == "王**" and queue[0]["tracking_number"] == n1

    sid = first["session_id"]
    claimed = central.client.post(f"/api/v1/sessions/{sid}/claim", headers=ana)
    assert claimed.json() == {"session_id": sid, "state": "claimed"}
    late = central.client.post(f"/api/v1/sessions/{sid}/claim", headers=ben)
    assert late.status_code == 409 and "already claimed by Ana" in late.json()["detail"]

    status = central.client.get(f"/api/v1/kiosk/sessions/{sid}", headers=k1).json()
    assert status["state"] == "claimed"
    assert status["staff"] == {"display_name": "Ana", "role": "notary"}
    moved = central.client.get(f"/api/v1/kiosk/sessions/{second['session_id']}", headers=k2)
    assert moved.json()["position"] == 1

    ended = central.client.post(
        f"/api/v1/sessions/{sid}/end", json={"outcome": "needs_visit"}, headers=ana
    )
    assert ended.json()["state"] == "failed"  # ended before any call started
    assert _journal(central, sid) == [
        "session.requested",
        "session.queued",
        "session.claimed",
        "session.failed",
    ]
    assert _history(central, n1)[-5:] == [
        "session.requested",
        "session.queued",
        "session.claimed",
        "session.failed",
        "session_outcome.needs_visit",
    ]


def test_nobody_available_is_said_plainly_with_hours_and_offers(
    central: Central, scene: Scene
) -> None:
    """GIVEN notaries who are away WHEN a terminal asks THEN no queue: the plain message,
    the office hours and the call-back / appointment offer."""
    away = scene.staff("away", "notary", "city-notary")
    central.client.put("/api/v1/sessions/availability", json={"available": False}, headers=away)
    admin = central.staff("admin")
    hours = [{"weekday": d, "opens": "00:00", "closes": "23:59"} for d in range(7)]
    reply = central.client.put(
        "/api/v1/organisations/city-notary/office-hours", json={"hours": hours}, headers=admin
    )
    assert reply.status_code == 200, reply.text
    k1 = scene.terminal("K001", "district")
    status = scene.ask(k1, scene.delivered_request("K001", k1))
    assert status["state"] == "abandoned" and status["position"] is None
    refusal = status["unavailable"]
    assert refusal["reason"] == "nobody_available"
    assert refusal["offers"] == ["callback", "appointment"]
    assert refusal["message"].startswith("现在没有工作人员可以接听视频通话。")
    assert "办公时间：city-notary office: 周一 00:00-23:59" in refusal["message"]
    shown = {h["organisation"]: h["hours"] for h in refusal["hours"]}
    assert len(shown["city-notary office"]) == 7


def test_outside_office_hours_is_said_with_the_hours_in_english(
    central: Central, scene: Scene
) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    admin = central.staff("admin")
    now = utcnow().astimezone()
    # open only on a weekday that is not today (China time is what counts)
    other_day = (utcnow() + timedelta(days=3)).astimezone().weekday()
    assert other_day != now.weekday()
    central.client.put(
        "/api/v1/organisations/city-notary/office-hours",
        json={"hours": [{"weekday": other_day, "opens": "00:00", "closes": "23:59"}]},
        headers=admin,
    )
    k1 = scene.terminal("K001", "district")
    status = scene.ask(k1, scene.delivered_request("K001", k1), language="en")
    assert status["unavailable"]["reason"] == "outside_office_hours"
    assert status["unavailable"]["message"].startswith("The offices are closed now. Office hours:")


def test_routing_by_region_role_and_organisation_kind(central: Central, scene: Scene) -> None:
    """Sessions go to organisations covering the terminal's region, to the kind's role;
    legal-aid interviews only to legal-aid centres; others never see them (404)."""
    scene.org("aid", "150100", kind="legal_aid_centre", parent="root")
    near = scene.staff("near", "notary", "city-notary")
    far = scene.staff("far", "notary", "far-notary")
    lawyer = scene.staff("lawyer", "lawyer", "city-notary")
    office_clerk = scene.staff("office-clerk", "clerk", "city-notary")
    aid_clerk = scene.staff("aid-clerk", "clerk", "aid")
    for who in (near, far, lawyer, office_clerk, aid_clerk):
        scene.available(who)
    k1 = scene.terminal("K001", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    assert [
        i["session_id"] for i in central.client.get("/api/v1/sessions/queue", headers=near).json()
    ] == [sid]
    for outsider in (far, lawyer):
        assert central.client.get("/api/v1/sessions/queue", headers=outsider).json() == []
        reply = central.client.post(f"/api/v1/sessions/{sid}/claim", headers=outsider)
        assert reply.status_code == 404, reply.text
    aid = scene.ask(k1, scene.delivered_request("K001", k1, "legal_aid"), kind="legal_aid")
    assert aid["state"] == "queued"
    assert central.client.get("/api/v1/sessions/queue", headers=office_clerk).json() == []
    assert [
        i["kind"] for i in central.client.get("/api/v1/sessions/queue", headers=aid_clerk).json()
    ] == ["legal_aid"]


def test_an_organisation_configures_the_regions_it_serves(central: Central, scene: Scene) -> None:
    """GIVEN the far notary office's admin makes it serve city 150100 too WHEN a terminal in
    150102 asks THEN its notaries may claim it; an admin elsewhere cannot touch that list."""
    admin = central.staff("admin")
    routes = [
        {"kind": "notarisation", "region_code": "150200"},
        {"kind": "notarisation", "region_code": "150100"},
    ]
    path = "/api/v1/organisations/far-notary/session-regions"
    put = central.client.put(path, json=routes, headers=admin)
    assert put.status_code == 200, put.text
    assert [r["region_code"] for r in central.client.get(path, headers=admin).json()] == [
        "150100",
        "150200",
    ]
    scene.org("elsewhere", "650000", kind="justice_bureau")
    stranger = central.staff("admin", org="elsewhere")
    assert central.client.put(path, json=[], headers=stranger).status_code == 404
    far = scene.staff("far", "notary", "far-notary")
    scene.available(far)
    k1 = scene.terminal("K001", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    assert central.client.post(f"/api/v1/sessions/{sid}/claim", headers=far).status_code == 200


def test_mongolian_speakers_are_offered_mongolian_sessions_first(
    central: Central, scene: Scene
) -> None:
    han = scene.staff("han", "notary", "city-notary")
    bat = scene.staff("bat", "notary", "city-notary")
    scene.available(han, ("zh",))
    scene.available(bat, ("zh", "mn"))
    k1, k2 = scene.terminal("K001", "district"), scene.terminal("K002", "district")
    zh = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    mn = scene.ask(k2, scene.delivered_request("K002", k2), language="mn")["session_id"]
    assert [
        i["session_id"] for i in central.client.get("/api/v1/sessions/queue", headers=bat).json()
    ] == [mn, zh]
    assert [
        i["session_id"] for i in central.client.get("/api/v1/sessions/queue", headers=han).json()
    ] == [zh]
    refused = central.client.post(f"/api/v1/sessions/{mn}/claim", headers=han)
    assert refused.status_code == 409 and "offered to a colleague first" in refused.text
    # once the preference window has passed, everyone may take it
    with central.database.session() as session:
        session.execute(
            update(VideoSession)
            .where(VideoSession.public_id == mn)
            .values(queued_at=utcnow() - timedelta(minutes=5))
        )
    assert central.client.post(f"/api/v1/sessions/{mn}/claim", headers=han).status_code == 200


def test_release_and_hand_over_put_the_session_back(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    cai = scene.staff("cai", "notary", "city-notary")
    for who in (ana, ben, cai):
        scene.available(who)
    k1 = scene.terminal("K001", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    client = central.client
    assert client.post(f"/api/v1/sessions/{sid}/claim", headers=ana).status_code == 200
    released = client.post(f"/api/v1/sessions/{sid}/hand-over", json={}, headers=ana)
    assert released.json()["state"] == "queued"
    assert client.post(f"/api/v1/sessions/{sid}/claim", headers=ana).status_code == 200
    given = client.post(
        f"/api/v1/sessions/{sid}/hand-over", json={"to_username": "ben"}, headers=ana
    )
    assert given.json()["state"] == "queued"
    assert client.get("/api/v1/sessions/queue", headers=cai).json() == []
    assert client.get("/api/v1/sessions/queue", headers=ben).json()[0]["reserved_for_you"]
    assert client.post(f"/api/v1/sessions/{sid}/claim", headers=cai).status_code == 409
    assert client.post(f"/api/v1/sessions/{sid}/claim", headers=ben).status_code == 200
    nobody = client.post(
        f"/api/v1/sessions/{sid}/hand-over", json={"to_username": "zed99"}, headers=ben
    )
    assert nobody.status_code == 404
    with central.database.session() as session:
        moves = session.scalars(
            select(SessionEvent.reason)
            .join(VideoSession, VideoSession.id == SessionEvent.session_id)
            .where(VideoSession.public_id == sid, SessionEvent.to_state == "queued")
        ).all()
    assert moves == ["", "released", "handed_over"]


def test_leaving_and_waiting_past_the_limit_abandon(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1 = scene.terminal("K001", "district")
    left = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    gone = central.client.post(f"/api/v1/kiosk/sessions/{left}/leave", headers=k1).json()
    assert gone["state"] == "abandoned"
    waiting = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    with central.database.session() as session:
        session.execute(
            update(VideoSession)
            .where(VideoSession.public_id == waiting)
            .values(queued_at=utcnow() - timedelta(hours=1))
        )
    assert central.client.get("/api/v1/sessions/queue", headers=ana).json() == []
    status = central.client.get(f"/api/v1/kiosk/sessions/{waiting}", headers=k1).json()
    assert status["state"] == "abandoned"
    assert _journal(central, waiting)[-1] == "session.abandoned"


def test_asking_twice_answers_the_live_session_and_unknown_requests_are_refused(
    central: Central, scene: Scene
) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1, k2 = scene.terminal("K001", "district"), scene.terminal("K002", "district")
    number = scene.delivered_request("K001", k1)
    assert scene.ask(k1, number)["session_id"] == scene.ask(k1, number)["session_id"]
    other = central.client.post(
        "/api/v1/kiosk/sessions",
        json={"tracking_number": number, "kind": "notarisation", "identified_by": "id_card"},
        headers=k2,
    )
    assert other.status_code == 404 and "deliver the outbox first" in other.json()["detail"]


def test_a_terminal_sees_only_its_own_sessions(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1, k2 = scene.terminal("K001", "district"), scene.terminal("K002", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    for path in ("", "/grant"):
        reply = central.client.get(f"/api/v1/kiosk/sessions/{sid}{path}", headers=k2)
        assert reply.status_code == 404, reply.text
    assert central.client.post(f"/api/v1/kiosk/sessions/{sid}/leave", headers=k2).status_code == 404


def test_without_media_settings_a_call_cannot_start_and_says_why(
    central: Central, scene: Scene
) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1 = scene.terminal("K001", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    central.client.post(f"/api/v1/sessions/{sid}/claim", headers=ana)
    reply = central.client.post(f"/api/v1/sessions/{sid}/connect", headers=ana)
    assert reply.status_code == 503
    assert reply.json() == {
        "detail": "video calls are not configured on this central service (no media settings)"
    }


def test_a_booked_video_appointment_becomes_a_queued_session_at_check_in(
    central: Central, scene: Scene
) -> None:
    """GIVEN a notarisation booked at the far notary office (which does not serve the
    terminal's region) for a slot starting in ten minutes WHEN the resident checks in at the
    kiosk and asks for the session THEN it is queued for that office's notaries only."""
    import uuid
    from datetime import date

    from api_client.schemas import SlotsCreate
    from api_client.tracking import make_tracking_number
    from central.auth.staff import organisation_by_code
    from central.requests.appointments import add_slots

    with central.database.session() as session:
        org = organisation_by_code(session, "far-notary")
        start = utcnow() + timedelta(minutes=10)
        slot_id = add_slots(
            session, org, SlotsCreate(service="notarisation", starts_at=start), "test"
        )[0].id
    near = scene.staff("near", "notary", "city-notary")
    far = scene.staff("far", "notary", "far-notary")
    scene.available(near)
    scene.available(far)
    k1 = scene.terminal("K001", "district")
    walk_in = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    number = make_tracking_number("K001", date(2026, 11, 29), 99)
    booked = central.client.post(
        "/api/v1/kiosk/bookings",
        json={
            "idempotency_key": str(uuid.uuid4()),
            "tracking_number": number,
            "slot_id": slot_id,
            "kind": "notarisation",
            "applicant": {"name": "赵六", "phone": "13800138000"},
            "summary": "房屋继承公证",
        },
        headers=k1,
    )
    assert booked.status_code == 201, booked.text
    sid = scene.ask(k1, number)["session_id"]
    far_queue = [
        i["session_id"] for i in central.client.get("/api/v1/sessions/queue", headers=far).json()
    ]
    assert far_queue == [sid]
    near_queue = [
        i["session_id"] for i in central.client.get("/api/v1/sessions/queue", headers=near).json()
    ]
    assert near_queue == [walk_in]
    assert _journal(central, sid)[:2] == ["session.requested", "session.queued"]


def test_supervisor_report_counts_sessions_waits_handling_and_ratings(
    central: Central, scene: Scene
) -> None:
    """GIVEN a call completed and rated 4, one left in the queue and one nobody could take
    WHEN the root bureau's supervisor asks for the month's session figures THEN they count
    them; a supervisor of an unrelated organisation sees none."""
    from central.sessions.transitions import move

    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1 = scene.terminal("K001", "district")
    done = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    central.client.post(f"/api/v1/sessions/{done}/claim", headers=ana)
    with central.database.session() as session:  # the call itself needs Janus: see the e2e
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == done)).one()
        now = utcnow()
        move(session, vs, "connecting", "test", room_id=1, room_secret="x")
        move(session, vs, "in_call", "test", started_at=now - timedelta(minutes=12))
        move(session, vs, "completing", "test")
        move(session, vs, "completed", "test", ended_at=now)
    rated = central.client.post(
        f"/api/v1/kiosk/sessions/{done}/rating", json={"score": 4}, headers=k1
    )
    assert rated.status_code == 204
    again = central.client.post(
        f"/api/v1/kiosk/sessions/{done}/rating", json={"score": 5}, headers=k1
    )
    assert again.status_code == 409
    left = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    central.client.post(f"/api/v1/kiosk/sessions/{left}/leave", headers=k1)
    central.client.put("/api/v1/sessions/availability", json={"available": False}, headers=ana)
    scene.ask(k1, scene.delivered_request("K001", k1))

    figures = central.client.get(
        "/api/v1/reports/monthly/sessions", headers=central.staff("supervisor")
    ).json()
    assert figures["sessions"] == 3 and figures["by_kind"] == {"notarisation": 3}
    assert (figures["completed"], figures["abandoned"], figures["unavailable"]) == (1, 2, 1)
    assert figures["abandoned_share"] == 0.667
    assert figures["median_handling_s"] == 720.0
    assert figures["median_wait_s"] is not None and figures["median_wait_s"] >= 0
    assert (figures["ratings"], figures["mean_rating"]) == (1, 4.0)
    scene.org("elsewhere", "650000", kind="justice_bureau")
    outsider = central.client.get(
        "/api/v1/reports/monthly/sessions", headers=central.staff("supervisor", org="elsewhere")
    ).json()
    assert outsider["sessions"] == 0


def test_the_text_line_reaches_the_terminal_and_goes_with_the_call(
    central: Central, scene: Scene
) -> None:
    """WHEN the notary who claimed a session types a text line THEN the terminal's status
    carries it; another notary may not write it; too long is refused with the limit; the
    line is gone once the session ends."""
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    scene.available(ana)
    k1 = scene.terminal("K001", "district")
    sid = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    central.client.post(f"/api/v1/sessions/{sid}/claim", headers=ana)

    said = central.client.put(
        f"/api/v1/sessions/{sid}/caption", json={"text": " 请出示身份证 "}, headers=ana
    )
    assert said.json() == {"text": "请出示身份证"}
    status = central.client.get(f"/api/v1/kiosk/sessions/{sid}", headers=k1).json()
    assert status["caption"] == "请出示身份证"

    other = central.client.put(f"/api/v1/sessions/{sid}/caption", json={"text": "x"}, headers=ben)
    assert other.status_code == 403
    long = central.client.put(
        f"/api/v1/sessions/{sid}/caption", json={"text": "字" * 301}, headers=ana
    )
    assert long.status_code == 422 and "300" in long.text

    central.client.post(f"/api/v1/sessions/{sid}/end", json={"outcome": "completed"}, headers=ana)
    status = central.client.get(f"/api/v1/kiosk/sessions/{sid}", headers=k1).json()
    assert status["caption"] is None
