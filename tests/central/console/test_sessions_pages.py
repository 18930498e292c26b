"""The console's video session pages over HTTP (the app in process): who may see them, the
availability form, claim and the lost race, the call page's contents and ids, the text line
reaching the terminal, notes and the outcome moving the request on, cross-site refusals,
the scripts served from Debian's packages and the live socket."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update
from starlette.websockets import WebSocketDisconnect

from central.api.console_sessions_assets import DEBIAN_SCRIPTS, install_console_sessions
from central.models import RequestEvent, RequestRow
from central.sessions.models import StaffPresence, VideoSession
from tests.central.sessions.support import Headers, Scene
from tests.central.support import Central
from tests.helpers import missing

EVIL = {"Origin": "http://evil.example"}


@pytest.fixture
def scene(central: Central) -> Scene:
    """GIVEN a notary office for city 150100, a district bureau (150102) owning terminal
    K001, and a notary office in another city (150200)."""
    s = Scene(central.client, central.database)
    s.org("city-notary", "150100", parent="root")
    s.org("district", "150102", kind="justice_bureau", parent="root")
    s.org("far-notary", "150200", parent="root")
    return s


def _asked(scene: Scene) -> tuple[Headers, str, str]:
    kiosk = scene.terminal("K001", "district")
    number = scene.delivered_request("K001", kiosk)
    return kiosk, number, scene.ask(kiosk, number)["session_id"]


def _in_call(central: Central, sid: str) -> None:
    """The call started (Janus is not part of these in-process tests; the Chromium test
    runs the real one)."""
    with central.database.session() as session:
        session.execute(
            update(VideoSession).where(VideoSession.public_id == sid).values(state="in_call")
        )


def _request(central: Central, number: str) -> tuple[str, list[tuple[str, str]]]:
    with central.database.session() as session:
        row = session.scalars(select(RequestRow).where(RequestRow.tracking_number == number)).one()
        events = session.execute(
            select(RequestEvent.action, RequestEvent.note)
            .where(RequestEvent.request_id == row.id)
            .order_by(RequestEvent.id)
        ).all()
        return row.status, [(a, n) for a, n in events]


def test_who_may_open_the_sessions_page(central: Central, scene: Scene) -> None:
    anonymous = central.client.get("/console/sessions", follow_redirects=False)
    assert anonymous.status_code == 401 and 'action="/console/login"' in anonymous.text
    assert 'value="/console/sessions"' in anonymous.text  # the login comes back here
    tech = scene.staff("tom", "technician", "district")
    refused = central.client.get("/console/sessions", headers=tech)
    assert refused.status_code == 403 and "notaries, mediators, lawyers" in refused.text

    ana = scene.staff("ana", "notary", "city-notary")
    page = central.client.get("/console/sessions", headers=ana)
    assert page.status_code == 200
    assert '<span lang="zh-CN">等待队列</span> <span lang="en" class="en">Queue</span>' in page.text
    assert "/console/sessions/static/queue.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<a href="/console/sessions">' in page.text  # in the console's section bar


def test_availability_form_sets_available_and_languages(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    sent = central.client.post(
        "/console/sessions/availability",
        content="languages=zh&languages=mn&available=1",
        headers={**ana, "Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"].endswith("done=available")
    with central.database.session() as session:
        row = session.scalars(select(StaffPresence)).one()
        assert row.available and row.languages == ["mn", "zh"]
    page = central.client.get("/console/sessions?done=available", headers=ana).text
    assert "You are available." in page and 'id="availability-now"' in page


def test_claim_opens_the_call_and_a_lost_race_says_who_won(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    scene.available(ana)
    scene.available(ben)
    _kiosk, number, sid = _asked(scene)
    queue = central.client.get("/console/sessions/queue", headers=ben).json()
    assert queue["count"] == 1
    assert sid in queue["rows"] and "王**" in queue["rows"] and number in queue["rows"]

    won = central.client.post(f"/console/sessions/{sid}/claim", headers=ana, follow_redirects=False)
    assert won.status_code == 303 and won.headers["location"] == f"/console/sessions/{sid}"
    lost = central.client.post(f"/console/sessions/{sid}/claim", headers=ben)
    assert lost.status_code == 409
    assert "already claimed by Ana" in lost.text and 'id="queue-rows"' in lost.text


def test_only_the_claiming_staff_member_sees_the_call_page(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    far = scene.staff("fay", "notary", "far-notary")
    lawyer = scene.staff("leo", "lawyer", "city-notary")
    scene.available(ana)
    _kiosk, number, sid = _asked(scene)
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)

    page = central.client.get(f"/console/sessions/{sid}?ice=relay", headers=ana)
    assert page.status_code == 200
    for element in (
        'id="remote-video"',
        'id="local-video"',
        'id="caption-input"',
        'id="note-input"',
        'id="hand-over-to"',
        'id="end-outcome"',
        'data-ice-policy="relay"',
        "/console/sessions/vendor/janus.js",
        "/console/sessions/vendor/adapter.js",
    ):
        assert element in page.text, element
    assert "王小明" in page.text  # a notary certifies the person: the whole name
    assert number in page.text and "身份证读卡" in page.text
    assert '<option value="ben">Ben (ben)</option>' in page.text  # a colleague to hand over to

    assert central.client.get(f"/console/sessions/{sid}", headers=ben).status_code == 403
    assert central.client.get(f"/console/sessions/{sid}", headers=far).status_code == 404
    assert central.client.get(f"/console/sessions/{sid}", headers=lawyer).status_code == 404
    anonymous = central.client.get(f"/console/sessions/{sid}")
    assert anonymous.status_code == 401 and f'value="/console/sessions/{sid}"' in anonymous.text
    assert central.client.post(f"/console/sessions/{sid}/note", headers=ben).status_code == 403


def test_text_line_note_and_outcome_move_the_request_on(central: Central, scene: Scene) -> None:
    """GIVEN a notary in a call WHEN they type a text line, keep a note and end it as
    completed THEN the terminal shows the line, the note and the outcome are in the request's
    history, and the request went through the workflow to completed."""
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    kiosk, number, sid = _asked(scene)
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    _in_call(central, sid)
    form = {**ana, "Content-Type": "application/x-www-form-urlencoded"}
    asks_json = {**form, "Accept": "application/json"}

    said = central.client.post(
        f"/console/sessions/{sid}/caption",
        content="text=%E8%AF%B7%E7%AD%BE%E5%AD%97",
        headers=asks_json,
    )
    assert said.json() == {"text": "请签字"}
    status = central.client.get(f"/api/v1/kiosk/sessions/{sid}", headers=kiosk).json()
    assert status["caption"] == "请签字"
    kept = central.client.post(
        f"/console/sessions/{sid}/note", content="note=ID+checked", headers=asks_json
    )
    assert kept.json() == {"note": "ID checked"}
    empty = central.client.post(f"/console/sessions/{sid}/note", content="note=+", headers=form)
    assert empty.status_code == 400 and "needs some text" in empty.text

    ended = central.client.post(
        f"/console/sessions/{sid}/end",
        content="outcome=completed&note=signed",
        headers=form,
        follow_redirects=False,
    )
    assert ended.status_code == 303
    assert ended.headers["location"] == f"/console/sessions/{sid}/ended"
    status_, history = _request(central, number)
    assert status_ == "completed"
    actions = [a for a, _ in history]
    assert actions[-5:] == [
        "session.completing",
        "session.completed",
        "session_outcome.completed",
        "accept",
        "complete",
    ]
    assert ("session_note", "ID checked") in history
    summary = central.client.get(f"/console/sessions/{sid}/ended", headers=ana)
    assert summary.status_code == 200 and "已办结" in summary.text and "ID checked" in summary.text
    again = central.client.get(f"/console/sessions/{sid}", headers=ana, follow_redirects=False)
    assert again.status_code == 303  # the call is over: its outcome page


@pytest.mark.parametrize(
    ("outcome", "status"), [("needs_visit", "in_progress"), ("referred", "accepted")]
)
def test_other_outcomes_leave_the_request_open(
    central: Central, scene: Scene, outcome: str, status: str
) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    _kiosk, number, sid = _asked(scene)
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    _in_call(central, sid)
    central.client.post(
        f"/console/sessions/{sid}/end",
        content=f"outcome={outcome}",
        headers={**ana, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert _request(central, number)[0] == status
    bad = central.client.post(
        f"/console/sessions/{sid}/end",
        content="outcome=vanished",
        headers={**ana, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert bad.status_code == 422 and "outcome" in bad.text


def test_hand_over_puts_the_session_back_for_a_colleague(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    scene.available(ana)
    _kiosk, _number, sid = _asked(scene)
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    handed = central.client.post(
        f"/console/sessions/{sid}/hand-over",
        content="to=ben",
        headers={**ana, "Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert handed.status_code == 303
    queue = central.client.get("/console/sessions/queue", headers=ben).json()["rows"]
    assert sid in queue and "booked with you" in queue


def test_the_call_page_script_is_told_why_a_hand_over_is_refused(
    central: Central, scene: Scene
) -> None:
    """GIVEN a call being ended WHEN the page's script asks to hand it over THEN it gets the
    session rules' reason as JSON (the page stays); during the call it gets where to go next
    (a call is handed over with the resident kept in it)."""
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    _kiosk, _number, sid = _asked(scene)
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    script = {
        **ana,
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    }
    _in_call(central, sid)
    with central.database.session() as session:
        session.execute(
            update(VideoSession).where(VideoSession.public_id == sid).values(state="completing")
        )
    refused = central.client.post(
        f"/console/sessions/{sid}/hand-over", content="to=", headers=script
    )
    assert refused.status_code == 409
    assert "completing cannot become queued" in refused.json()["detail"]
    with central.database.session() as session:
        session.execute(
            update(VideoSession).where(VideoSession.public_id == sid).values(state="in_call")
        )
    released = central.client.post(
        f"/console/sessions/{sid}/hand-over", content="to=", headers=script
    )
    assert released.json() == {"next": "/console/sessions?done=handed_over"}


def test_cross_site_posts_and_sockets_are_refused(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    _kiosk, _number, sid = _asked(scene)
    forged = central.client.post(f"/console/sessions/{sid}/claim", headers={**ana, **EVIL})
    assert forged.status_code == 403 and "another site" in forged.text
    with central.database.session() as session:
        assert session.scalars(select(VideoSession.state)).one() == "queued"
    token = ana["Authorization"].split(" ", 1)[1]
    cookie = {"Cookie": f"lexkiosk_staff={token}"}
    with (
        pytest.raises(WebSocketDisconnect),
        central.client.websocket_connect(
            "/console/sessions/events", headers={**cookie, **EVIL}
        ) as ws,
    ):
        ws.receive_json()
    with (
        pytest.raises(WebSocketDisconnect),
        central.client.websocket_connect("/console/sessions/events") as ws,
    ):
        ws.receive_json()


def test_the_live_socket_says_when_the_queue_changes(central: Central, scene: Scene) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    token = ana["Authorization"].split(" ", 1)[1]
    headers = {"Cookie": f"lexkiosk_staff={token}", "Origin": str(central.client.base_url)}
    with central.client.websocket_connect("/console/sessions/events", headers=headers) as ws:
        assert ws.receive_json() == {"type": "ready"}
        _kiosk, _number, sid = _asked(scene)
        event = ws.receive_json()
        assert event["type"] == "session.changed" and event["session_id"] == sid


def test_scripts_come_from_debian_and_a_missing_package_is_named(
    central: Central, tmp_path: Path
) -> None:
    if not all(path.is_file() for path, _package in DEBIAN_SCRIPTS.values()):
        missing(
            "libjs-janus-gateway / libjs-webrtc-adapter not installed (scripts/system-packages.txt)"
        )
    served = central.client.get("/console/sessions/vendor/janus.js")
    assert served.status_code == 200 and "Janus" in served.text
    assert served.headers["content-type"].startswith("text/javascript")
    assert central.client.get("/console/sessions/static/call.js").status_code == 200
    assert central.client.get("/console/sessions/static/nope.js").status_code == 404

    install_console_sessions(
        central.app, {"janus.js": (tmp_path / "gone.js", "libjs-janus-gateway")}
    )
    refused = central.client.get("/console/sessions/vendor/janus.js")
    assert refused.status_code == 503 and "libjs-janus-gateway" in refused.text
