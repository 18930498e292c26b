"""The fleet console in Debian's Chromium driven by Playwright: log in, filter, and see a
terminal go offline. Needs `chromium` (Debian) and `playwright` (dev extra); never runs
`playwright install`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from central.cli import main
from central.clock import utcnow
from central.db import Database
from central.models import Kiosk
from tests.central.support import PASSWORD
from tests.helpers.browser import accessibility_problems, launch_chromium, require_chromium
from tests.helpers.central_app import add_bureau_and_technician
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Iterator[tuple[str, str]]:
    """GIVEN a technician and two enrolled terminals that reported, and the service running."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    add_bureau_and_technician(db, PASSWORD, monkeypatch)
    with running_service(db, data_dir=tmp_path) as base:
        beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
        for terminal_id, site in (("K001", "Saihan hall"), ("K002", "Tuzuo hall")):
            capsys.readouterr()
            assert main(["kiosk", "enroll-code", "--db", db, "--org", "root"]) == 0
            code = capsys.readouterr().out.strip()
            token = httpx.post(
                f"{base}/api/v1/enrol",
                json={"code": code, "terminal_id": terminal_id, "site": site},
            ).json()["device_token"]
            httpx.post(
                f"{base}/api/v1/heartbeat", json=beat, headers={"Authorization": f"Bearer {token}"}
            )
        yield base, db


def test_log_in_filter_and_see_a_terminal_go_offline(service: tuple[str, str]) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    base, db = service
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page()
            page.goto(f"{base}/console/")
            page.fill("input[name=username]", "tech1")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            rows = page.locator("tr[data-terminal]")
            expect(rows).to_have_count(2)
            expect(page.locator('tr[data-terminal="K001"] td.online')).to_have_text("在线 online")
            assert not accessibility_problems(page)

            page.select_option("select[name=state]", "offline")
            page.click("form.filters button[type=submit]")
            expect(rows).to_have_count(0)

            database = Database(db)
            with database.session() as session:
                session.execute(
                    update(Kiosk)
                    .where(Kiosk.terminal_id == "K001")
                    .values(last_seen=utcnow() - timedelta(minutes=5))
                )
            database.dispose()
            page.reload()
            expect(rows).to_have_count(1)
            expect(page.locator('tr[data-terminal="K001"] td.offline')).to_have_text("离线 offline")
            page.click("text=Log out")
            expect(page.locator("input[name=username]")).to_be_visible()
            assert not accessibility_problems(page)
        finally:
            browser.close()
