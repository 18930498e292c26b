"""The mediator's console path in real Chromium (no Janus: the call itself is the namespace
tests'): claiming a mediation from the queue lands on the mediation page, never on the
one-to-one call page (which would join the room a second time); the call page of a mediation
redirects there without starting a call; the mediation page's End, after its confirm box,
completes the session by the call page's route. Screenshots are kept (and were looked at)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from central.clock import utcnow
from central.sessions.models import VideoSession
from central.sessions.transitions import move
from tests.helpers.agreement import CommitteeMediation, committee_mediation
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)


def _state(held: CommitteeMediation) -> str:
    with held.scene.database.session() as session:
        found = select(VideoSession.state).where(VideoSession.public_id == held.sid)
        return str(session.execute(found).scalar_one())


def _under_way(held: CommitteeMediation) -> None:
    """The call comes up (Janus does so in the namespace tests): connecting, then in call."""
    with held.scene.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == held.sid)).one()
        move(session, vs, "connecting", "test")
        move(session, vs, "in_call", "test", started_at=utcnow())


def test_claim_lands_on_the_mediation_page_and_end_completes_the_session(
    tmp_path: Path,
) -> None:
    """GIVEN a queued mediation WHEN the mediator claims it on the sessions page THEN the
    mediation page opens (no connect to the one-to-one call); WHEN she presses End without
    ticking the confirm box THEN nothing ends; ticked THEN the session is completed and the
    ended page says with which outcome."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    shots = screenshots_dir(tmp_path)
    with committee_mediation(tmp_path, claimed=False) as held:
        base, sid = held.base, held.sid
        assert _state(held) == "queued"
        with sync_playwright() as driver:
            browser = launch_chromium(driver)
            try:
                context = browser.new_context(viewport={"width": 1100, "height": 1800})
                context.add_cookies([{"name": "lexkiosk_staff", "value": held.token, "url": base}])
                page = context.new_page()
                posts: list[str] = []
                page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
                page.goto(f"{base}/console/sessions")
                page.click(f"button.claim[data-session='{sid}']")
                page.wait_for_url(f"{base}/console/sessions/{sid}/mediation")
                assert _state(held) == "claimed"
                assert not [u for u in posts if u.endswith(f"/console/sessions/{sid}/connect")]
                # the page offers what the call page offers for ending and recording
                assert page.locator("#recording-form #recording-start").count() == 1
                end = page.locator("#end-form")
                assert end.get_attribute("action") == f"/console/sessions/{sid}/end"
                page.locator("#agreement-slot #agreement-form").wait_for(timeout=15000)
                page.screenshot(path=str(shots / "mediation-page-end.png"), full_page=True)
                assert accessibility_problems(page) == []
                # the sessions list now opens the held mediation on its mediation page
                listed = context.new_page()
                listed.goto(f"{base}/console/sessions")
                opener = listed.locator(f"tr[data-session='{sid}'] a")
                assert opener.get_attribute("href") == f"/console/sessions/{sid}/mediation"
                listed.close()
                _under_way(held)
                # WHEN End is pressed without the confirm box THEN the browser keeps the form
                page.select_option("#end-outcome", "completed")
                page.fill("#end-note", "双方达成协议")
                page.click("#end-button")
                assert (
                    page.evaluate("document.getElementById('end-confirm').validity.valid") is False
                )
                assert page.url == f"{base}/console/sessions/{sid}/mediation"
                assert _state(held) == "in_call"
                # WHEN confirmed THEN the session is completed and the ended page shows it
                page.check("#end-confirm")
                page.click("#end-button")
                page.wait_for_url(f"{base}/console/sessions/{sid}/ended")
                assert page.locator("#ended-outcome").inner_text().startswith("已办结")
                assert _state(held) == "completed"
                page.screenshot(path=str(shots / "mediation-ended.png"), full_page=True)
            finally:
                browser.close()


def test_the_call_page_of_a_mediation_redirects_without_starting_a_call(
    tmp_path: Path,
) -> None:
    """GIVEN a claimed mediation WHEN the mediator opens its one-to-one call page THEN she is
    on the mediation page and call.js never ran: no connect (no grant, no room joined)."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    with committee_mediation(tmp_path) as held:
        base, sid = held.base, held.sid
        with sync_playwright() as driver:
            browser = launch_chromium(driver)
            try:
                context = browser.new_context()
                context.add_cookies([{"name": "lexkiosk_staff", "value": held.token, "url": base}])
                page = context.new_page()
                asked: list[str] = []
                page.on("request", lambda r: asked.append(r.url))
                page.goto(f"{base}/console/sessions/{sid}")
                assert page.url == f"{base}/console/sessions/{sid}/mediation"
                page.locator("#mediation-call").wait_for()
                assert page.locator("#call").count() == 0  # the call page's video section
                assert page.evaluate("typeof window.lexkioskCall") == "undefined"
                assert not [u for u in asked if u.endswith(f"/console/sessions/{sid}/connect")]
                assert not [u for u in asked if u.endswith("/static/call.js")]
                assert _state(held) == "claimed"
            finally:
                browser.close()
