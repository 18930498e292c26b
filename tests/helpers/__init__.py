"""Helpers shared by tests: running the project's commands as processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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


def missing(reason: str) -> None:
    """A system component a test needs is absent: skip on a developer's machine, fail under
    CI=true, where every component must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)
