"""Shared set-up of the recordings tests: a migrated SQLite database of their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from central.db import Database
from central.migrate import upgrade


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database migrated to head, in the test's temporary folder."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    database = Database(url)
    yield database
    database.dispose()
