"""Fixtures for tests that need a central app on a fresh, migrated SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from central.app import create_app
from central.db import Database
from central.fleet import issue_enrol_code
from central.migrate import upgrade
from central.settings import CentralSettings


@pytest.fixture
def central_settings(tmp_path: Path) -> CentralSettings:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    return CentralSettings(db_url=url, data_dir=tmp_path, heartbeat_s=7.0)


@pytest.fixture
def client(central_settings: CentralSettings) -> Iterator[TestClient]:
    with TestClient(create_app(central_settings)) as test_client:
        yield test_client


@pytest.fixture
def enrol_code(central_settings: CentralSettings):
    def issue(site: str | None = None, ttl: timedelta = timedelta(hours=1)) -> str:
        database = Database(central_settings.db_url)
        try:
            with database.session() as session:
                return issue_enrol_code(session, site, ttl)
        finally:
            database.dispose()

    return issue
