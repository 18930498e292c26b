"""System parts the tests drive for real: CUPS, espeak-ng, poppler (a pytest plugin, loaded by
tests/conftest.py, so any test folder can ask for the print queues).

Without CI a missing part skips its tests; with CI=true it fails them, so a broken set-up
cannot pass as green.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, missing


def require(tool: str, package: str) -> str:
    """The path of `tool`, or skip (fail under CI) naming the Debian package that provides it."""
    path = shutil.which(tool)
    if path is None:
        missing(f"{tool} is missing: install the Debian package {package}")
    return path


@pytest.fixture(scope="session")
def cups_queue() -> str:
    """The emulator's queue (cups-pdf), with cupsd started; made by scripts/cups-setup.sh."""
    require("cupsd", "cups")
    require("lpadmin", "cups-client")
    done = subprocess.run(
        [str(ROOT / "scripts/cups-setup.sh"), "lexkiosk"], capture_output=True, text=True
    )
    if done.returncode != 0:
        missing(f"scripts/cups-setup.sh failed: {done.stdout}{done.stderr}")
    return "lexkiosk"


@pytest.fixture
def fault_queue(cups_queue: str) -> Iterator[Callable[[str], str]]:
    """Make a queue whose printer reports a fault (scripts/cups/lexkiosk-fault); removed after."""
    made: list[str] = []

    def make(mode: str) -> str:
        name = f"lkt-{mode}-{uuid.uuid4().hex[:6]}"
        subprocess.run(
            [
                "lpadmin",
                "-p",
                name,
                "-v",
                f"lexkiosk-fault:/{mode}",
                "-E",
                "-m",
                "raw",
                "-o",
                "printer-error-policy=abort-job",
            ],
            check=True,
            capture_output=True,
        )
        made.append(name)
        return name

    yield make
    for name in made:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


@pytest.fixture
def pdftotext() -> Callable[[Path], str]:
    tool = require("pdftotext", "poppler-utils")

    def extract(pdf: Path) -> str:
        return subprocess.run(
            [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout

    return extract
