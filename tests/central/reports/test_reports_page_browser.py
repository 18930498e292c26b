"""The report page in Debian's Chromium driven by Playwright: a supervisor logs in, opens
the quarterly report with the period picker, sees the figures and charts, and downloads the
CSV. Needs `chromium` (Debian) and `playwright` (dev extra); never runs `playwright install`."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from api_client.schemas import OrganisationCreate, StaffCreate, TargetIn
from central.auth.staff import add_organisation, add_staff, organisation_by_code
from central.db import Database
from central.migrate import upgrade
from central.reports.targets import set_target
from tests.central.reports.seed import add_kiosk, add_request, add_transfer, cst
from tests.central.support import PASSWORD
from tests.helpers.browser import accessibility_problems, launch_chromium, require_chromium
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e
SHOTS = Path(os.environ.get("LEXKIOSK_SCREENSHOTS", "/tmp/lexkiosk-screenshots"))


def _seed(db: Database) -> None:
    """A city bureau with a county below it, its 2026-Q3 requests, and a neighbour city."""
    with db.session() as session:
        for code, region, parent in (
            ("bureau", "150000", None),
            ("hohhot", "150100", "bureau"),
            ("saihan", "150105", "hohhot"),
            ("baotou", "150200", "bureau"),
        ):
            body = OrganisationCreate(
                code=code, name=f"{code} 司法局", kind="justice_bureau", region_code=region,
                parent=parent,
            )  # fmt: skip
            add_organisation(session, body, "test")
        add_staff(
            session,
            StaffCreate(
                username="super1",
                display_name="督导",
                organisation="hohhot",
                roles=["supervisor"],
                password=PASSWORD,
            ),
            "test",
        )
        hohhot = organisation_by_code(session, "hohhot")
        target = TargetIn(site="*", requests_per_month=1, median_handling_hours=8,
                          satisfaction_min=4, uptime_min=0.9)  # fmt: skip
        set_target(session, hohhot, target, "test")
    hall = "赛罕区公共法律服务中心"
    add_request(db, "saihan", "kiosk", "consultation", hall, "150105", cst(2026, 7, 2, 9),
                taken_h=2, rating=5)  # fmt: skip
    r2 = add_request(db, "saihan", "hall", "legal_aid", hall, "150105", cst(2026, 8, 3, 10),
                     taken_h=10, rating=4)  # fmt: skip
    add_request(db, "hohhot", "hotline", "callback", "12348热线", "150100",
                cst(2026, 9, 9, 15), taken_h=30, due_h=24, rating=2)  # fmt: skip
    add_request(db, "hohhot", "online", "mediation", "网上平台", "150100", cst(2026, 7, 20),
                due_h=48, status="in_progress")  # fmt: skip
    add_request(db, "baotou", "hall", "consultation", "包头大厅", "150200", cst(2026, 8, 1),
                taken_h=1)  # fmt: skip
    add_transfer(db, r2, "saihan", "hohhot", cst(2026, 8, 3, 11), cst(2026, 8, 5))
    add_kiosk(db, "K001", hall, "saihan", cst(2026, 1, 1),
              {date(2026, 7, 1) : 86400, date(2026, 8, 1): 43200})  # fmt: skip


@pytest.fixture
def service(tmp_path: Path) -> Iterator[str]:
    """GIVEN a seeded database and the service running on it."""
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(db_url)
    database = Database(db_url)
    _seed(database)
    database.dispose()
    with running_service(db_url) as base:
        yield base


def test_a_supervisor_opens_the_quarter_and_downloads_the_csv(service: str) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page.goto(f"{service}/console/reports")
            page.fill("input[name=username]", "super1")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.goto(f"{service}/console/reports")
            page.select_option("select[name=period]", "quarterly")
            page.fill("input[name=date]", "2026-08-15")
            page.click("form.picker button[type=submit]")

            expect(page.locator("h1")).to_contain_text("2026-Q3")
            expect(page.locator('[data-card="受理 Requests"] b')).to_have_text("4")
            expect(page.locator('[data-card="办结 Handled"] b')).to_have_text("3")
            expect(page.locator('[data-card="中位时长 Median"] b')).to_have_text("10 小时")
            expect(page.locator('[data-card="超期未结 Overdue"] b')).to_have_text("1")
            expect(page.locator('[data-card="满意度 Satisfaction"] b')).to_have_text("3.67")
            # sites 67.0, 36.6 and 0.0 against hohhot's "*" target (see the scoring rule)
            expect(page.locator('[data-card="考核得分 Score"] b')).to_have_text("34.5")
            channel_bar = page.locator('g.bar[data-label="自助终端"]')
            expect(channel_bar).to_have_attribute("data-value", "1")
            by_site = page.locator('table[data-table="by-site"]')
            expect(by_site).to_contain_text("赛罕区公共法律服务中心")
            expect(by_site).not_to_contain_text("包头大厅")  # another city's
            expect(page.locator('table[data-table="transfers"]')).to_contain_text("saihan → hohhot")
            assert not accessibility_problems(page)
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "console-reports-quarter.png"), full_page=True)

            with page.expect_download() as info:
                page.click("a.csv")
            download = info.value
            assert download.suggested_filename == "lexkiosk-report-hohhot-2026-Q3.csv"
            text = Path(download.path()).read_bytes().decode("utf-8-sig")
        finally:
            browser.close()
    rows = {(r[0], r[1], r[2]): r[3] for r in csv.reader(io.StringIO(text))}
    assert rows[("totals", "all", "requests")] == "4"
    assert rows[("by_site", "赛罕区公共法律服务中心", "requests")] == "2"
    assert rows[("handling", "all", "median_hours")] == "10.0"
    assert rows[("transfers", "saihan -> hohhot", "pending")] == "1"
    assert not any(key[1] == "包头大厅" for key in rows)
