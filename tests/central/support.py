"""The test helper around a running central app (served to tests by the `central` fixture)."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api_client.schemas import OrganisationCreate, StaffCreate
from central.auth.staff import add_organisation, add_staff, organisation_by_code, staff_by_username
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from central.models import StaffToken

PASSWORD = "correct horse battery staple"


@dataclass
class Central:
    """The running app plus shortcuts to set up organisations, staff and terminals."""

    app: FastAPI
    client: TestClient
    database: Database
    _serial: itertools.count[int] = field(default_factory=itertools.count)

    def add_org(
        self, code: str, region: str, parent: str | None = None, kind: str = "justice_bureau"
    ) -> None:
        body = OrganisationCreate(
            code=code, name=f"{code} office", kind=kind, region_code=region, parent=parent
        )
        with self.database.session() as session:
            add_organisation(session, body, "test")

    def add_staff(self, username: str, roles: list[str], org: str = "root") -> None:
        body = StaffCreate(
            username=username,
            display_name=username.title(),
            organisation=org,
            roles=roles,
            password=PASSWORD,
        )
        with self.database.session() as session:
            add_staff(session, body, "test")

    def login(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        reply = self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": password}
        )
        assert reply.status_code == 200, reply.text
        return {"Authorization": f"Bearer {reply.json()['access_token']}"}

    def token_for(self, username: str) -> dict[str, str]:
        """A fresh staff token without a login round (argon2 costs ~50 ms a time)."""
        token = "lks_" + secrets.token_urlsafe(32)
        with self.database.session() as session:
            staff = staff_by_username(session, username)
            now = utcnow()
            session.add(
                StaffToken(
                    staff_id=staff.id,
                    token_sha256=sha256_hex(token),
                    created_at=now,
                    expires_at=now + timedelta(hours=1),
                )
            )
        return {"Authorization": f"Bearer {token}"}

    def staff(self, *roles: str, org: str = "root") -> dict[str, str]:
        """A fresh staff member with `roles`, logged in; returns the auth header."""
        username = f"{'-'.join(roles) or 'none'}{next(self._serial)}".replace("_", "-")[:32]
        self.add_staff(username, list(roles), org)
        return self.login(username)

    def enrol(self, terminal_id: str, org: str = "root", site: str = "hall") -> dict[str, str]:
        """Enrol a terminal through the API; returns its device auth header."""
        with self.database.session() as session:
            org_id = organisation_by_code(session, org).id
            code = issue_enrol_code(session, None, timedelta(hours=1), org_id)
        reply = self.client.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": site}
        )
        assert reply.status_code == 201, reply.text
        return {"Authorization": f"Bearer {reply.json()['device_token']}"}

    def beat(self, headers: dict[str, str], devices: list[dict[str, str]] | None = None) -> int:
        body = {
            "sent_at": datetime.now(UTC).isoformat(),
            "app_version": "0.1.0",
            "devices": devices or [],
        }
        return self.client.post("/api/v1/heartbeat", json=body, headers=headers).status_code
