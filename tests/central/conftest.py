"""Fixtures for every central test: one app per test, on SQLite and on PostgreSQL; the test Redis.

PostgreSQL comes from scripts/services.sh (`make test` runs it first). Each test gets its own
schema, so tests never see each other's rows. Without the server the PostgreSQL half is
skipped, except under CI=true, where it fails: a green CI run means both backends ran.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from central.app import create_app
from central.migrate import upgrade
from central.settings import CentralSettings
from tests.central.support import Central
from tests.helpers import missing

DEFAULT_PG_URL = "postgresql+psycopg://lexkiosk_test:lexkiosk_test@127.0.0.1:5432/lexkiosk_test"


def pg_base_url() -> str:
    return os.environ.get("LEXKIOSK_TEST_PG_URL", DEFAULT_PG_URL)


def _pg_unavailable(reason: str) -> None:
    shown = make_url(pg_base_url()).render_as_string(hide_password=True)
    message = f"PostgreSQL is not reachable at {shown}: {reason}; run scripts/services.sh"
    missing(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def central_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
        upgrade(url)
        yield url
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_base_url())
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as err:
        admin.dispose()
        _pg_unavailable(str(err.orig).strip().splitlines()[0])
    sep = "&" if "?" in pg_base_url() else "?"
    url = f"{pg_base_url()}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        upgrade(url)
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def settings(central_db_url: str, tmp_path: Path) -> CentralSettings:
    return CentralSettings(db_url=central_db_url, data_dir=tmp_path, offline_after_s=30.0)


@pytest.fixture
def central(settings: CentralSettings) -> Iterator[Central]:
    """GIVEN an app on a fresh database with one root organisation (region 150000)."""
    app = create_app(settings)
    with TestClient(app) as client:
        helper = Central(app, client, app.state.db)
        helper.add_org("root", "150000")
        yield helper


DEFAULT_REDIS_URL = "redis://127.0.0.1:6390/0"


@pytest.fixture
def redis_url() -> str:
    """The test Redis from scripts/services.sh; skipped without it, failed under CI=true."""
    import redis

    url = os.environ.get("LEXKIOSK_TEST_REDIS_URL", DEFAULT_REDIS_URL)
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.ConnectionError as err:
        message = f"Redis is not reachable at {url}: {err}; run scripts/services.sh"
        missing(message)
    finally:
        client.close()
    return url
