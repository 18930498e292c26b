"""The request pages in Debian's Chromium: a hotline operator records a call and transfers
it; the receiving office's clerk returns it with a reason; the history shows both.
Screenshots land in $LEXKIOSK_SCREENSHOTS (default: the test's tmp folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_client.schemas import OrganisationCreate, StaffCreate
from central.auth.staff import add_organisation, add_staff
from central.db import Database
from central.migrate import upgrade
from tests.central.support import PASSWORD
from tests.helpers.browser import accessibility_problems, launch_chromium, require_chromium
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e


@pytest.fixture
def service(tmp_path: Path) -> Iterator[str]:
    """GIVEN the 12348 hotline centre and a county justice office under one bureau, an
    operator at the hotline, a clerk at the office, and the service running."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(db)
    database = Database(db)
    orgs = [
        ("bureau", "呼和浩特市司法局", "justice_bureau", "150100", None),
        ("hotline", "12348公共法律服务热线", "hotline_centre", "150100", "bureau"),
        ("saihan", "赛罕区司法局", "justice_bureau", "150105", "bureau"),
    ]
    with database.session() as session:
        for code, name, kind, region, parent in orgs:
            body = OrganisationCreate(
                code=code, name=name, kind=kind, region_code=region, parent=parent
            )
            add_organisation(session, body, "test")
        for username, org, role in (
            ("operator1", "hotline", "hotline_operator"),
            ("clerk1", "saihan", "clerk"),
        ):
            member = StaffCreate(
                username=username,
                display_name=username,
                organisation=org,
                roles=[role],
                password=PASSWORD,
            )
            add_staff(session, member, "test")
    database.dispose()
    with running_service(db) as base:
        yield base


def test_a_call_is_recorded_transferred_and_returned(service: str, tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import Page, expect, sync_playwright

    shots = Path(os.environ.get("LEXKIOSK_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)

    def log_in(page: Page, username: str) -> None:
        page.goto(f"{service}/console/requests")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        expect(page.locator("h1")).to_have_text("服务申请 Requests")

    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            log_in(page, "operator1")
            page.click("text=登记 New request")
            page.select_option("select[name=kind]", "consultation")
            page.fill("input[name=name]", "王小明")
            page.fill("input[name=phone]", "1380013")  # too short: the page says why
            page.fill("textarea[name=summary]", "邻居装修噪音扰民，协商无果，想申请人民调解")
            page.click("form.stack button[type=submit]")
            expect(page.get_by_role("alert")).to_contain_text("phone: a mobile number")
            assert not accessibility_problems(page)
            expect(page.locator("input[name=name]")).to_have_value("王小明")
            page.fill("input[name=phone]", "13800138000")
            page.screenshot(path=str(shots / "requests-new.png"), full_page=True)
            page.click("form.stack button[type=submit]")
            expect(page.get_by_role("status")).to_contain_text("Recorded")
            expect(page.locator("#status")).to_have_attribute("data-status", "submitted")
            number = page.locator("h1 [translate=no]").inner_text()
            assert number.startswith("HOTLINE-")

            page.select_option("#transfer-form select[name=to_organisation]", "saihan")
            page.fill("#transfer-form input[name=reason]", "事发地在赛罕区，属地调解")
            page.click("#transfer-form button[type=submit]")
            expect(page.locator("#status")).to_have_attribute("data-status", "transferred")
            expect(page.locator("#transfers td.state")).to_have_text("待接收 pending")
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "requests-transferred.png"), full_page=True)
            page.click("header button[type=submit]")  # log out

            log_in(page, "clerk1")
            row = page.locator(f'tr[data-tracking="{number}"]')
            expect(row.locator("td.flags")).to_contain_text("to saihan")
            page.screenshot(path=str(shots / "requests-list.png"), full_page=True)
            row.locator("a").click()
            page.fill("#return-form input[name=reason]", "双方均不在本辖区，请核实地址")
            page.screenshot(path=str(shots / "requests-receiver.png"), full_page=True)
            page.click("#return-form button[type=submit]")
            expect(page.get_by_role("status")).to_contain_text("Returned to the sender")
            expect(page.locator(f'tr[data-tracking="{number}"]')).to_have_count(0)
            page.click("header button[type=submit]")

            log_in(page, "operator1")
            page.locator(f'tr[data-tracking="{number}"] a').click()
            expect(page.locator("#status")).to_have_attribute("data-status", "returned")
            history = page.locator("#history tbody tr")
            expect(history).to_have_count(3)
            expect(page.locator('#history tr[data-action="transfer"]')).to_contain_text(
                "事发地在赛罕区，属地调解"
            )
            expect(page.locator('#history tr[data-action="transfer_return"]')).to_contain_text(
                "双方均不在本辖区，请核实地址"
            )
            expect(page.locator('#history tr[data-action="transfer_return"]')).to_contain_text(
                "staff:clerk1"
            )
            page.screenshot(path=str(shots / "requests-returned.png"), full_page=True)
        finally:
            browser.close()
