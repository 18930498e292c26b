"""The mediator's console mediation page in real Chromium: its #agreement-slot loads the
agreement panel (the section's JSON) with the template's fields, the mediator fills it in and
saves by the form, and comes back to the mediation page with the agreement shown. The other
party opens the invitation link the FileNotifier wrote, gives the last four and the consent,
and the join page links to the agreement page, which the guest's cookie opens. Screenshots
are kept (and were looked at)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers.agreement import committee_mediation
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """GIVEN a service over real HTTP and a resident's mediation claimed by the committee's
    mediator, the 人民调解协议书 template seeded: (base URL, session id, mediator's token)."""
    require_chromium()
    with committee_mediation(tmp_path) as held:
        yield held.base, held.sid, held.token


def test_the_mediation_page_loads_the_agreement_panel_and_saves_it(
    held: tuple[str, str, str], tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    base, sid, token = held
    shots = screenshots_dir(tmp_path)
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 1600})
            context.add_cookies([{"name": "lexkiosk_staff", "value": token, "url": base}])
            page = context.new_page()
            # the call page of a mediation sends the mediator to the mediation page
            page.goto(f"{base}/console/sessions/{sid}")
            page.wait_for_url(f"{base}/console/sessions/{sid}/mediation")
            # WHEN the page has loaded THEN its script put the panel into #agreement
            page.locator("#agreement-slot #agreement-form").wait_for(timeout=15000)
            assert page.locator("#agreement-slot [name=agreed_terms]").count() == 1
            page.fill("#f-resident_party", "王小明")
            page.fill("#f-other_party", "李大山")
            page.fill("#f-dispute_facts", "双方因排水沟的位置发生纠纷。")
            page.fill("#f-agreed_terms", "李大山于月底前改沟。")
            page.fill("#f-performance_deadline", "2027年1月31日前")
            page.fill("#f-mediator", "赵调解")
            page.fill("#f-committee", "红旗嘎查")
            page.click("#agreement-form button[type=submit]")
            page.wait_for_url(f"{base}/console/sessions/{sid}/mediation")
            # THEN back on the mediation page, the panel shows version 1 with its text
            page.locator("#agreement-slot #agreement-text").wait_for(timeout=15000)
            assert "李大山于月底前改沟" in page.inner_text("#agreement-slot #agreement-text")
            page.screenshot(path=str(shots / "mediation-page-agreement.png"), full_page=True)
            assert accessibility_problems(page) == []
        finally:
            browser.close()


def test_the_invited_guest_reaches_the_agreement_from_the_join_page(
    held: tuple[str, str, str], tmp_path: Path
) -> None:
    """GIVEN the mediator's agreement and an invitation by SMS (the FileNotifier's file) WHEN
    the other party opens the link, gives the last four and consents THEN the join page links
    to the agreement page, which shows the agreement to the guest as the other party. (No
    media here: the call itself is the namespace tests'.)"""
    from playwright.sync_api import sync_playwright

    base, sid, token = held
    shots = screenshots_dir(tmp_path)
    bearer = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=30, headers=bearer) as http:
        values = {
            "resident_party": "王小明",
            "other_party": "李大山",
            "dispute_facts": "双方因排水沟的位置发生纠纷。",
            "agreed_terms": "李大山于月底前改沟。",
            "performance_deadline": "2027年1月31日前",
            "mediator": "赵调解",
            "committee": "红旗嘎查",
        }
        put = http.put(f"/api/v1/sessions/{sid}/agreement", json={"values": values})
        assert put.status_code == 200, put.text
        body = {"delivery": "sms", "display_name": "李四", "id_last4": "123X"}
        invited = http.post(
            f"/api/v1/staff/sessions/{sid}/invitations", json={**body, "phone": "13900139000"}
        )
        assert invited.status_code == 201, invited.text
    (line,) = (tmp_path / "sms.jsonl").read_text(encoding="utf-8").splitlines()
    link = json.loads(line)["link"]
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(viewport={"width": 900, "height": 900})
            page.goto(link)
            page.fill("#last4", "123x")
            page.check("#consent")
            page.click("#join button[type=submit]")
            opener = page.locator("#agreement-open")
            opener.wait_for(state="visible", timeout=15000)
            href = opener.get_attribute("href")
            assert href == f"/guest/sessions/{sid}/agreement"
            page.screenshot(path=str(shots / "join-admitted.png"), full_page=True)
            with page.context.expect_page() as opened:
                opener.click()
            agreement = opened.value
            agreement.wait_for_load_state()
            assert "李大山于月底前改沟" in agreement.inner_text("#agreement-text")
            agreement.screenshot(path=str(shots / "join-agreement.png"), full_page=True)
        finally:
            browser.close()
