"""axe-core in Debian's Chromium on every console and public page, the pages read from the
route table (tests/central/web_pages.py): no critical or serious violation on any of them.
Needs `chromium` (Debian) and the dev group (playwright, axe-playwright-python); never runs
`playwright install`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.central.web_pages import HTML_PAGES, PASSWORD, USERNAME, Site, running_site
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)

pytestmark = pytest.mark.e2e
# The goal is no critical or serious violation; the pages meet every level today, so every
# level is held (a new page without a main landmark or a heading fails here).
IMPACTS = ("critical", "serious", "moderate", "minor")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with running_site(tmp_path_factory.mktemp("a11y")) as running:
        yield running


def test_no_page_has_a_critical_or_serious_violation(site: Site, tmp_path: Path) -> None:
    """GIVEN a member with every role logged in through the form WHEN axe audits each page
    of HTML_PAGES (every HTML route of the app) THEN nothing critical or serious is found."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    shots = screenshots_dir(tmp_path)
    problems: list[str] = []
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page()
            page.goto(f"{site.base}/console/login")
            problems += accessibility_problems(
                page, IMPACTS
            )  # the form as an anonymous caller sees it
            page.fill("input[name=username]", USERNAME)
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{site.base}/console/")
            audited = 0
            for template, pages in HTML_PAGES.items():
                for number, path in enumerate(pages):
                    reply = page.goto(site.base + site.values.fill(path))
                    assert reply is not None and reply.status == 200, f"{path}: not opened"
                    problems += accessibility_problems(page, IMPACTS)
                    audited += 1
                    name = template.strip("/").replace("/", "_").replace("{", "").replace("}", "")
                    shot = shots / f"a11y-{name or 'root'}-{number}.png"
                    page.screenshot(path=str(shot), full_page=True)
            assert audited >= len(HTML_PAGES)
        finally:
            browser.close()
    assert not problems, "\n".join(problems)
