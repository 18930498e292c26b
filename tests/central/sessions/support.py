"""Setting up a scene for session tests, over any HTTP client (the in-process TestClient or
httpx against a real server process): organisations, staff who take calls, terminals, and a
request each terminal delivered through its outbox."""

from __future__ import annotations

import itertools
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from fastapi.testclient import TestClient

from api_client.schemas import OrganisationCreate, StaffCreate
from api_client.tracking import make_tracking_number
from central.auth.staff import add_organisation, add_staff, organisation_by_code, staff_by_username
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from central.models import StaffToken

Headers = dict[str, str]


# What each kind's typed payload (api_client.schemas.payloads) carries besides the applicant.
_WHAT: dict[str, dict[str, str]] = {
    "consultation": {"question": "?"},
    "legal_aid": {"description": "?"},
}


@dataclass
class Scene:
    """Organisations, staff and terminals on one database, reached through `http`."""

    http: httpx.Client | TestClient
    database: Database
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def org(
        self, code: str, region: str, kind: str = "notary_office", parent: str | None = None
    ) -> None:
        body = OrganisationCreate(
            code=code,
            name=f"{code} office",
            kind=kind,
            region_code=region,
            parent=parent,
        )
        with self.database.session() as session:
            add_organisation(session, body, "test")

    def staff(self, username: str, role: str, org: str) -> Headers:
        body = StaffCreate(
            username=username,
            display_name=username.title(),
            organisation=org,
            roles=[role],
            password=secrets.token_urlsafe(16),
        )
        token = "lks_" + secrets.token_urlsafe(32)
        with self.database.session() as session:
            add_staff(session, body, "test")
            session.flush()
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

    def available(self, headers: Headers, languages: tuple[str, ...] = ("zh",)) -> None:
        reply = self.http.request(
            "PUT",
            "/api/v1/sessions/availability",
            json={"available": True, "languages": list(languages)},
            headers=headers,
        )
        assert reply.status_code == 200, reply.text

    def terminal(self, terminal_id: str, org: str) -> Headers:
        with self.database.session() as session:
            org_id = organisation_by_code(session, org).id
            code = issue_enrol_code(session, None, timedelta(hours=1), org_id)
        reply = self.http.request(
            "POST", "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": "hall"}
        )
        assert reply.status_code == 201, reply.text
        return {"Authorization": f"Bearer {reply.json()['device_token']}"}

    def delivered_request(
        self, terminal_id: str, headers: Headers, kind: str = "consultation"
    ) -> str:
        """A request the terminal's outbox delivered; returns its tracking number."""
        number = make_tracking_number(terminal_id, date(2026, 11, 29), next(self._serial))
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "kind": kind,
            "tracking_number": number,
            "submitted_at": datetime.now(UTC).isoformat(),
            "payload": {
                "applicant": {"name": "王小明", "phone": "13800138000", "identified_by": "id_card"},
                **_WHAT.get(kind, {"summary": "?"}),
            },
        }
        reply = self.http.request("POST", "/api/v1/submissions", json=body, headers=headers)
        assert reply.status_code in (200, 201), reply.text
        return number

    def ask(
        self, headers: Headers, number: str, kind: str = "notarisation", language: str = "zh"
    ) -> dict[str, Any]:
        reply = self.http.request(
            "POST",
            "/api/v1/kiosk/sessions",
            json={
                "tracking_number": number,
                "kind": kind,
                "language": language,
                "identified_by": "id_card",
            },
            headers=headers,
        )
        assert reply.status_code == 201, reply.text
        body: dict[str, Any] = reply.json()
        return body
