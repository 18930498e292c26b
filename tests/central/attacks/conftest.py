"""Attacks on a running `lexkiosk-central serve` (a process on loopback, real sockets).

GIVEN two top-level organisations, `bureau-a` (with the child `county-a`) and `bureau-b`, an
admin and a technician in each, and staff tokens minted straight into the database (a login
costs an argon2 hash and counts against the login limits).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from api_client.schemas import OrganisationCreate, StaffCreate
from central.auth.staff import add_organisation, add_staff
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.migrate import upgrade
from central.models import StaffToken
from tests.helpers.server import LiveService, live_service

PASSWORD = "correct horse battery staple"
ORGS = (
    ("bureau-a", "150100", None),
    ("county-a", "150102", "bureau-a"),
    ("bureau-b", "150200", None),
)
STAFF = (
    ("admin-a", "bureau-a", "admin"),
    ("tech-a", "bureau-a", "technician"),
    ("admin-b", "bureau-b", "admin"),
    ("tech-b", "bureau-b", "technician"),
)


@dataclass(frozen=True)
class Seeded:
    db_url: str
    tokens: dict[str, str]  # username -> staff bearer token

    def auth(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[username]}"}


def _mint(database: Database, staff_id: int) -> str:
    token = "lks_" + secrets.token_urlsafe(32)
    with database.session() as session:
        now = utcnow()
        session.add(
            StaffToken(
                staff_id=staff_id,
                token_sha256=sha256_hex(token),
                created_at=now,
                expires_at=now + timedelta(hours=2),
            )
        )
    return token


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    database = Database(url)
    tokens = {}
    try:
        for code, region, parent in ORGS:
            body = OrganisationCreate(
                code=code,
                name=f"{code} office",
                kind="justice_bureau",
                region_code=region,
                parent=parent,
            )
            with database.session() as session:
                add_organisation(session, body, "test")
        for username, org, role in STAFF:
            staff = StaffCreate(
                username=username,
                display_name=username,
                organisation=org,
                roles=[role],
                password=PASSWORD,
            )
            with database.session() as session:
                staff_id = add_staff(session, staff, "test").id
            tokens[username] = _mint(database, staff_id)
    finally:
        database.dispose()
    return Seeded(url, tokens)


@pytest.fixture
def service(seeded: Seeded) -> Iterator[LiveService]:
    with live_service(seeded.db_url) as running:
        yield running
