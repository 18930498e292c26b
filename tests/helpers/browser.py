"""Shared set-up of the browser tests: Debian's Chromium under Playwright (never runs
`playwright install`), where screenshots go, and the accessibility audit. The central service
they drive is started by `tests.helpers.server`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from tests.helpers import missing

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    """Debian's Chromium and Playwright must be there (skipped locally, failed under CI=true)."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        missing("Debian's chromium is not installed (scripts/system-packages-test.txt)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing("playwright is not installed (dev extra)")


def launch_chromium(driver: Any, extra_args: tuple[str, ...] = ()) -> Any:
    """Debian's Chromium, headless, from a running `sync_playwright()` driver (an
    `async_playwright()` one gives the awaitable of the same)."""
    return driver.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *extra_args])


def screenshots_dir(tmp_path: Path) -> Path:
    shots = Path(os.environ.get("LEXKIOSK_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def accessibility_problems(
    page: Any, impacts: tuple[str, ...] = ("critical", "serious")
) -> list[str]:
    """axe-core (shipped inside axe-playwright-python) on the page as it is now: one line per
    violation of the given impacts, naming the rule and where. Playwright evaluates axe through
    the DevTools protocol, which the pages' Content-Security-Policy does not govern."""
    from axe_playwright_python.sync_playwright import Axe

    return _violations(page.url, Axe().run(page).response, impacts)


async def accessibility_problems_async(
    page: Any, impacts: tuple[str, ...] = ("critical", "serious")
) -> list[str]:
    """`accessibility_problems` for a page of Playwright's async API."""
    from axe_playwright_python.async_playwright import Axe

    return _violations(page.url, (await Axe().run(page)).response, impacts)


def _violations(url: str, response: dict[str, Any], impacts: tuple[str, ...]) -> list[str]:
    problems = []
    for violation in response["violations"]:
        if violation["impact"] in impacts:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            problems.append(
                f"{url}: {violation['id']} ({violation['impact']}): "
                f"{violation['help']} at {', '.join(targets)}"
            )
    return problems
