"""The resident's phone page in Debian's Chromium, on a phone-sized screen: ask for a call-back,
then find the request with the last four digits of the phone (and not without them, nor with
wrong ones), and search the knowledge base. Screenshots land in $LEXKIOSK_SCREENSHOTS."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_client.schemas import OrganisationCreate
from central.auth.staff import add_organisation
from central.cli.admin import knowledge_seed
from central.db import Database
from central.migrate import upgrade
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e


@pytest.fixture
def service(tmp_path: Path) -> Iterator[str]:
    """GIVEN a justice bureau with the demo knowledge base, and the service running."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(db)
    database = Database(db)
    with database.session() as session:
        body = OrganisationCreate(
            code="bureau", name="内蒙古自治区司法厅", kind="justice_bureau", region_code="150000"
        )
        add_organisation(session, body, "test")
    with database.session() as session:
        knowledge_seed(session, "bureau")
    database.dispose()
    with running_service(db) as base:
        yield base


def test_a_resident_asks_then_follows_the_request(service: str, tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    shots = screenshots_dir(tmp_path)
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            phone = browser.new_context(
                viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
            )
            page = phone.new_page()
            page.goto(f"{service}/public/ask")
            page.check("input[name=kind][value=callback]")
            page.fill("#ask-name", "金丝雀")
            page.fill("#ask-phone", "1390000")  # too short: the page says what it wants
            page.fill("#ask-question", "工地老板拖欠三个月工资，想请律师回电")
            page.click("#ask-form button[type=submit]")
            expect(page.locator("#ask-result .error")).to_contain_text("11 位手机号")
            assert not accessibility_problems(page)
            page.fill("#ask-phone", "13900004321")
            page.click("#ask-form button[type=submit]")
            number = page.locator("#ask-result .number")
            expect(number).to_have_text(re.compile(r"^WEB-\d{6}-\d{5,9}-\d{4}[0-9X]$"))
            tracking = number.inner_text()
            page.screenshot(path=str(shots / "public-ask.png"), full_page=True)

            # The receipt's QR code opens the progress tab with the number filled in.
            page.goto(f"{service}/public/progress?n={tracking}")
            expect(page.locator("#tracking")).to_have_value(tracking)
            page.click("#progress-form button[type=submit]")  # no second factor
            expect(page.locator("#progress-result .error")).to_contain_text("最后四位")
            page.fill("#last4", "1234")  # wrong
            page.click("#progress-form button[type=submit]")
            expect(page.locator("#progress-result .error")).to_contain_text("没有找到")
            expect(page.locator("#progress-result .status")).to_have_count(0)
            page.fill("#last4", "4321")
            page.click("#progress-form button[type=submit]")
            expect(page.locator("#progress-result .number")).to_have_text(tracking)
            expect(page.locator("#progress-result .status")).to_have_text("已收到，等待受理")
            expect(page.locator("#progress-result ol.steps li")).not_to_have_count(0)
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "public-progress.png"), full_page=True)

            page.click("nav a[data-tab=knowledge]")
            page.fill("#q", "拖欠工资")
            page.click("#knowledge-form button[type=submit]")
            first = page.locator("#knowledge-result details").first
            expect(first.locator("mark").first).to_be_visible()
            first.locator("summary").click()
            expect(first.locator(".answer")).to_be_visible()
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "public-knowledge.png"), full_page=True)
        finally:
            browser.close()
