"""Fixtures for tests that need a central app on a fresh, migrated SQLite database, and the
usual first steps of an administrator at the command line."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import OrganisationCreate
from central.app import create_app
from central.auth.staff import add_organisation
from central.cli import main
from central.db import Database
from central.fleet.enrolment import issue_enrol_code, kiosk_by_terminal_id
from central.migrate import upgrade
from central.models import Organisation
from central.settings import CentralSettings

TEST_ORG = "test-bureau"


def owner_org_id(session: Session) -> int:
    """The organisation that owns the terminals of these tests (added on first use)."""
    found = session.scalar(select(Organisation.id).where(Organisation.code == TEST_ORG))
    if found is not None:
        return found
    body = OrganisationCreate(
        code=TEST_ORG, name="Test bureau", kind="justice_bureau", region_code="150000"
    )
    return add_organisation(session, body, "test").id


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
    """`enrol_code()` for a new terminal; `enrol_code(terminal="K001")` to re-enrol K001."""

    def issue(
        site: str | None = None, ttl: timedelta = timedelta(hours=1), terminal: str | None = None
    ) -> str:
        database = Database(central_settings.db_url)
        try:
            with database.session() as session:
                kiosk = kiosk_by_terminal_id(session, terminal) if terminal else None
                return issue_enrol_code(session, site, ttl, owner_org_id(session), "test", kiosk)
        finally:
            database.dispose()

    return issue


def add_bureau_and_technician(db_url: str, password: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN, through the admin CLI (in this process): the root bureau (region 150000) and the
    technician `tech1` with `password` (typed on stdin)."""
    org = ["org", "add", "root", "--db", db_url, "--name", "Bureau", "--kind", "justice_bureau"]
    assert main([*org, "--region", "150000"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    user = ["user", "add", "tech1", "--db", db_url, "--name", "Tech", "--org", "root"]
    assert main([*user, "--role", "technician", "--password-stdin"]) == 0
