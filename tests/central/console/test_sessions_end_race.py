"""Ending a call always leads the staff member to the outcome page: the end wins over the
resident's side reporting, at the same moment, the drop that the staff member's own leaving
causes; a call the resident's side ended a moment before (or that nobody joined yet) still
answers the outcome page, never a refusal."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from central.clock import utcnow
from central.sessions.ending import end_call
from central.sessions.models import SessionEvent, VideoSession
from tests.central.sessions.support import Headers, Scene
from tests.central.support import Central

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def scene(central: Central) -> Scene:
    """GIVEN a notary office for city 150100 and a district bureau (150102) owning K001."""
    s = Scene(central.client, central.database)
    s.org("city-notary", "150100", parent="root")
    s.org("district", "150102", kind="justice_bureau", parent="root")
    return s


def _claimed_in(central: Central, scene: Scene, state: str) -> tuple[Headers, str]:
    """Ana's claimed session, put in `state` (Janus is not part of these tests)."""
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    kiosk = scene.terminal("K001", "district")
    sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    _set_state(central, sid, state)
    return ana, sid


def _set_state(central: Central, sid: str, state: str) -> None:
    with central.database.session() as session:
        session.execute(
            update(VideoSession).where(VideoSession.public_id == sid).values(state=state)
        )


def _moves(central: Central, sid: str) -> list[tuple[str | None, str]]:
    with central.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        rows = session.execute(
            select(SessionEvent.from_state, SessionEvent.to_state)
            .where(SessionEvent.session_id == vs.id)
            .order_by(SessionEvent.id)
        ).all()
        return [(a, b) for a, b in rows]


def test_the_end_wins_over_a_drop_reported_at_the_same_moment(
    central: Central, scene: Scene
) -> None:
    """GIVEN the end has read the call as in_call WHEN the resident's drop report is written
    before the end's move THEN the end completes from interrupted instead of refusing."""
    _ana, sid = _claimed_in(central, scene, "in_call")
    with central.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        assert vs.state == "in_call"
        _set_state(central, sid, "interrupted")  # the report, committed meanwhile
        end_call(session, vs, "staff:ana", "completed", utcnow())
        assert vs.state == "completed"
    assert _moves(central, sid)[-2:] == [("interrupted", "completing"), ("completing", "completed")]


@pytest.mark.parametrize("ended", ["failed", "abandoned"])
def test_a_call_that_ended_a_moment_before_still_shows_the_outcome_page(
    central: Central, scene: Scene, ended: str
) -> None:
    """GIVEN the resident's side ended the call (failed for good, or left) WHEN the notary
    clicks End THEN the form post leads to the outcome page; the script's JSON is told why."""
    ana, sid = _claimed_in(central, scene, ended)
    posted = central.client.post(
        f"/console/sessions/{sid}/end",
        content="outcome=completed",
        headers={**ana, **FORM},
        follow_redirects=False,
    )
    assert posted.status_code == 303, posted.text
    assert posted.headers["location"] == f"/console/sessions/{sid}/ended"
    page = central.client.get(posted.headers["location"], headers=ana)
    assert page.status_code == 200
    scripted = central.client.post(
        f"/console/sessions/{sid}/end",
        content="outcome=completed",
        headers={**ana, **FORM, "Accept": "application/json"},
    )
    assert scripted.status_code == 403 and ended in scripted.json()["detail"]


def test_ending_before_anyone_joined_fails_the_session_and_shows_the_outcome_page(
    central: Central, scene: Scene
) -> None:
    """GIVEN the room is being made (connecting) WHEN the notary clicks End THEN the session
    fails as ended before the call, and the form post leads to the outcome page."""
    ana, sid = _claimed_in(central, scene, "connecting")
    posted = central.client.post(
        f"/console/sessions/{sid}/end",
        content="outcome=referred",
        headers={**ana, **FORM},
        follow_redirects=False,
    )
    assert posted.status_code == 303, posted.text
    assert posted.headers["location"] == f"/console/sessions/{sid}/ended"
    assert _moves(central, sid)[-1] == ("connecting", "failed")
