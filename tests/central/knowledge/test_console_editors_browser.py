"""The knowledge and template editors in Debian's Chromium driven by Playwright: a clerk
logs in, writes, edits and unpublishes an article, and adds a template version; screenshots
go to the test's folder (and to $LEXKIOSK_SHOTS when set, to look at)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central.cli import main
from tests.central.support import PASSWORD
from tests.helpers.browser import accessibility_problems, launch_chromium, require_chromium
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """GIVEN a bureau with the demo knowledge base, a clerk, and the service running."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    org = ["org", "add", "root", "--db", db, "--name", "司法局", "--kind", "justice_bureau"]
    assert main([*org, "--region", "150000"]) == 0
    assert main(["knowledge", "seed", "--org", "root", "--db", db]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    user = ["user", "add", "clerk1", "--db", db, "--name", "Clerk", "--org", "root"]
    assert main([*user, "--role", "clerk", "--password-stdin"]) == 0
    with running_service(db, data_dir=tmp_path) as base:
        yield base


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("LEXKIOSK_SHOTS", tmp_path / "shots"))


def test_a_clerk_edits_articles_and_templates(service: str, tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    shots = _shots(tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{service}/console/knowledge")
            page.fill("input[name=username]", "clerk1")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page).to_have_url(f"{service}/console/knowledge")
            expect(page.locator("tbody tr")).to_have_count(44)
            page.select_option("select[name=category]", "traffic")
            page.click("form.filters button[type=submit]")
            expect(page.locator("tbody tr")).to_have_count(6)
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "console_knowledge_list.png"), full_page=True)

            page.click("text=新建问答 New article")
            page.fill("#question", "牧民")  # too short: refused with the rule
            page.fill("#answer", "草场被占用，可以先申请嘎查村调解，调解不成可以申请仲裁或起诉。")
            page.select_option("#category", "land")
            page.click("button:has-text('Save')")
            expect(page.locator("p.fault")).to_contain_text("question")
            assert not accessibility_problems(page)
            page.fill("#question", "牧民的草场被邻居占用怎么办？")
            page.screenshot(path=str(shots / "console_article_form.png"), full_page=True)
            page.click("button:has-text('Save')")
            expect(page.locator("p.notice")).to_have_text("已保存。 Saved.")
            found = httpx.get(f"{service}/public/api/knowledge", params={"q": "草场"}).json()
            assert found["hits"][0]["question"] == "牧民的草场被邻居占用怎么办？"

            page.click("text=牧民的草场被邻居占用怎么办？")
            page.fill("#question", "牧民的草场被别人占用怎么办？")
            page.click("button:has-text('Save')")
            row = page.locator("tr", has_text="牧民的草场被别人占用怎么办？")
            row.locator("button.unpublish").click()
            expect(page.locator("p.notice")).to_contain_text("Unpublished")
            expect(row).to_contain_text("unpublished")
            found = httpx.get(f"{service}/public/api/knowledge", params={"q": "草场"}).json()
            assert "牧民的草场被别人占用怎么办？" not in [h["question"] for h in found["hits"]]

            page.click("text=文书模板 Templates")
            expect(page.locator("tbody tr")).to_have_count(
                6
            )  # the five resident templates and 人民调解协议书
            page.screenshot(path=str(shots / "console_templates_list.png"), full_page=True)
            page.click("text=借条")
            body = page.locator("#body")
            body.fill(body.input_value().replace("借款用途", "借款用途（选填）", 1))
            fields = page.locator("#fields")
            fields.fill(fields.input_value() + "\nwitness | 见证人 | text | sometimes")
            page.click("button:has-text('new version')")
            expect(page.locator("p.fault")).to_contain_text("write required or optional")
            fields.fill(fields.input_value().replace("sometimes", "optional"))
            page.screenshot(path=str(shots / "console_template_form.png"), full_page=True)
            page.click("button:has-text('new version')")
            expect(page.locator('tr[data-template="iou"]')).to_contain_text("v2")
            page.click("text=借条")
            expect(page.locator("ul.versions li")).to_have_count(2)
        finally:
            browser.close()
