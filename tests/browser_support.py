"""Shared set-up of the browser tests: Debian's Chromium under Playwright, and the central
service as a real process on a free port. Never runs `playwright install`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
def running_service(db_url: str) -> Iterator[str]:
    """`lexkiosk-central serve` on a free port until the block ends; yields its base URL."""
    with live_service(db_url) as service:
        yield service.base
