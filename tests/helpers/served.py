"""A real `lexkiosk-central serve` on loopback with two organisations, and shortcuts to act on
it over real sockets: staff tokens, enrolled terminals, submissions."""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from api_client.schemas import OrganisationCreate, StaffCreate
from api_client.tracking import make_tracking_number
from central.auth.staff import add_organisation, add_staff, organisation_by_code, staff_by_username
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from central.migrate import upgrade
from central.models import StaffToken
from tests.helpers.server import running_service

PASSWORD = "correct horse battery staple"
ID_NUMBER = "150102199003281234"  # a valid number (its check character holds) ending 1234
PHONE = "13800138000"
ORGS = {"alpha": "150100", "beta": "150200"}
CHILD = ("alpha-east", "150102", "alpha")  # code, region, parent


@dataclass
class Served:
    """GIVEN organisations alpha and beta (both top level, alpha with the child alpha-east) in
    a service running as a process."""

    base: str
    database: Database
    http: httpx.Client

    def add_staff(self, username: str, roles: list[str], org: str) -> None:
        body = StaffCreate(
            username=username,
            display_name=username.title(),
            organisation=org,
            roles=roles,
            password=PASSWORD,
        )
        with self.database.session() as session:
            add_staff(session, body, "test")

    def staff(self, username: str, roles: list[str], org: str) -> dict[str, str]:
        """A new staff member and a token (no login round: argon2 is slow)."""
        self.add_staff(username, roles, org)
        token = "lks_" + secrets.token_urlsafe(32)
        with self.database.session() as session:
            now = utcnow()
            session.add(
                StaffToken(
                    staff_id=staff_by_username(session, username).id,
                    token_sha256=sha256_hex(token),
                    created_at=now,
                    expires_at=now + timedelta(hours=1),
                )
            )
        return {"Authorization": f"Bearer {token}"}

    def enrol(self, terminal_id: str, org: str, site: str = "hall") -> dict[str, str]:
        with self.database.session() as session:
            org_id = organisation_by_code(session, org).id
            code = issue_enrol_code(session, None, timedelta(hours=1), organisation_id=org_id)
        reply = self.http.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": site}
        )
        assert reply.status_code == 201, reply.text
        device = {"Authorization": f"Bearer {reply.json()['device_token']}"}
        until(
            lambda: self.http.get("/api/v1/kiosk/templates", headers=device),
            lambda r: r.status_code != 401,
        )
        return device

    def submit(
        self, device: dict[str, str], terminal_id: str, seq: int, kind: str, payload: dict[str, Any]
    ) -> str:
        """A terminal's outbox delivers one submission; returns its tracking number."""
        number = make_tracking_number(terminal_id, date(2026, 11, 29), seq)
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "kind": kind,
            "tracking_number": number,
            "submitted_at": datetime.now(UTC).isoformat(),
            "payload": payload,
        }
        reply = self.http.post("/api/v1/submissions", json=body, headers=device)
        assert reply.status_code in (200, 201), reply.text
        return number


def until(
    read: Callable[[], httpx.Response], shows: Callable[[httpx.Response], bool]
) -> httpx.Response:
    """Repeat a read (bounded: 10 s) until it shows what an earlier answer said. Today the
    service may answer a write a moment before committing it (issue 13, finding 6, fixed
    apart); once it commits first, the first read is the one returned."""
    deadline = time.monotonic() + 10
    while True:
        reply = read()
        if shows(reply) or time.monotonic() > deadline:
            return reply
        time.sleep(0.02)


def hotline_call(key: str) -> dict[str, Any]:
    """What a hotline operator records for a call, under idempotency key `key`."""
    return {
        "idempotency_key": key,
        "kind": "consultation",
        "channel": "hotline",
        "applicant": {"name": "王小明", "phone": PHONE, "id_number": ID_NUMBER},
        "summary": "工资拖欠三个月，老板不接电话",
    }


def consultation() -> dict[str, Any]:
    return {
        "applicant": {"name": "测试申请人", "id_number": ID_NUMBER, "phone": PHONE},
        "question": "工地拖欠工资两万元",
    }


@contextmanager
def serve(db_path: str, *extra: str) -> Iterator[Served]:
    with serve_url(f"sqlite:///{db_path}", *extra) as running:
        yield running


@contextmanager
def serve_url(url: str, *extra: str, data_dir: Path | None = None) -> Iterator[Served]:
    """`serve` on any database URL (SQLite or PostgreSQL), keeping its files in `data_dir`."""
    upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            for code, region in ORGS.items():
                body = OrganisationCreate(
                    code=code, name=f"{code} office", kind="justice_bureau", region_code=region
                )
                add_organisation(session, body, "test")
            code, region, parent = CHILD
            body = OrganisationCreate(
                code=code,
                name="East office",
                kind="legal_aid_centre",
                region_code=region,
                parent=parent,
            )
            add_organisation(session, body, "test")
        with (
            running_service(url, *extra, data_dir=data_dir) as base,
            httpx.Client(base_url=base) as http,
        ):
            yield Served(base, database, http)
    finally:
        database.dispose()
