"""Shared set-up of the browser tests: Debian's Chromium under Playwright, and the central
service as a real process on a free port. Never runs `playwright install`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.helpers import missing
from tests.live_service import live_service

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
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        missing("Debian's chromium is not installed (scripts/system-packages-test.txt)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing("playwright is not installed (dev extra)")


def screenshots_dir(tmp_path: Path) -> Path:
    shots = Path(os.environ.get("LEXKIOSK_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


@contextmanager
def running_service(db_url: str, *extra: str, data_dir: Path | None = None) -> Iterator[str]:
    """`lexkiosk-central serve` on a free port until the block ends; yields its base URL.
    `extra` are more `serve` options; `data_dir` keeps the service's files (uploads, the
    journal's key and checkpoints; default: a temporary directory)."""
    with live_service(db_url, *extra, data_dir=data_dir) as service:
        yield service.base


def accessibility_problems(
    page: Any, impacts: tuple[str, ...] = ("critical", "serious")
) -> list[str]:
    """axe-core (shipped inside axe-playwright-python) on the page as it is now: one line per
    violation of the given impacts, naming the rule and where. Playwright evaluates axe through
    the DevTools protocol, which the pages' Content-Security-Policy does not govern."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    problems = []
    for violation in results.response["violations"]:
        if violation["impact"] in impacts:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            problems.append(
                f"{page.url}: {violation['id']} ({violation['impact']}): "
                f"{violation['help']} at {', '.join(targets)}"
            )
    return problems
