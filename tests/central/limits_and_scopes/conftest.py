"""A real central service per test (SQLite), plus the test Redis where a test asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.served import Served, serve


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serve(str(tmp_path / "central.sqlite3")) as running:
        yield running
