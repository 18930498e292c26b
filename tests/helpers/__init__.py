"""Helpers shared by tests (the one place for them; tests never import other test modules):
running the project's commands as processes, and the rule for a missing system component.

The package's modules: `server` (the central service as a real process), `kiosk` (a terminal
enrolled with it), `journeys` (resident journeys through the widgets), `browser` (Chromium under
Playwright), `central_app` (the app on a fresh database; a plugin), `system` (CUPS, espeak-ng,
poppler; a plugin), `netns` (network namespaces for calls; a plugin), `media` (Janus and
coturn settings), `glyphs` (font coverage), `browser_call` (Chromium with a counter camera and
a tone microphone, reading a call page's remote counter, tone and ICE pairs; `fake_capture`
writes its files, `static_site` serves the test-only janus.js page in `call_page/`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def run_cli(
    name: str,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a console script (`lexkiosk`, `lexkiosk-central`) as a user would."""
    return subprocess.run(
        [str(BIN / name), *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        cwd=cwd,
        timeout=120,
    )


def in_ci() -> bool:
    """CI=true (or 1, yes): every system component must be there."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str) -> NoReturn:
    """A system component a test needs is absent: skip on a developer's machine, fail under
    CI=true, where every component must be there."""
    if in_ci():
        pytest.fail(reason)
    pytest.skip(reason)
