"""The central service's pages, read from its route table, and a running service with something
on every page: shared by the header, cross-origin and accessibility tests.

A route that answers HTML must be listed in HTML_PAGES (with the concrete pages to open), and a
path parameter must be in PathValues: a new page or parameter the tests do not know fails them
instead of going unchecked.
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI
from starlette.routing import Route

from api_client.schemas import OrganisationCreate, StaffCreate
from api_client.tracking import make_tracking_number
from central.app import create_app
from central.auth.staff import add_organisation, add_staff
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from central.migrate import upgrade
from central.seed.load import load_seed
from central.settings import CentralSettings
from tests.helpers.server import running_service

PASSWORD = "correct horse battery staple"
USERNAME = "every-role"
ROLES = ["admin", "supervisor", "technician", "clerk", "hotline_operator", "notary", "mediator"]
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Each route that answers HTML, and the pages of it the tests open ({name}: a PathValues field).
HTML_PAGES: dict[str, list[str]] = {
    "/console/": ["/console/", "/console/?state=online&faults=1"],
    "/console/login": ["/console/login"],
    "/console/requests": ["/console/requests"],
    "/console/requests/new": ["/console/requests/new"],
    "/console/requests/{tracking_number}": ["/console/requests/{tracking_number}"],
    "/console/knowledge": ["/console/knowledge"],
    "/console/knowledge/new": ["/console/knowledge/new"],
    "/console/knowledge/{article_id}": ["/console/knowledge/{article_id}"],
    "/console/templates": ["/console/templates"],
    "/console/templates/new": ["/console/templates/new"],
    "/console/templates/{code}": ["/console/templates/{code}"],
    "/console/reports": ["/console/reports"],
    "/console/technicians": ["/console/technicians"],
    "/console/sessions": ["/console/sessions"],
    "/console/sessions/{session_id}": ["/console/sessions/{session_id}"],
    "/console/sessions/{session_id}/ended": ["/console/sessions/{session_id}/ended"],
    "/console/sessions/{session_id}/act": ["/console/sessions/{session_id}/act"],
    "/console/sessions/{session_id}/mediation": [
        "/console/sessions/{mediation_session_id}/mediation"
    ],
    "/join/{invitation_id}": ["/join/{invitation_id}?code=ABCDEFGH"],
    "/console/sessions/{session_id}/recordings": ["/console/sessions/{session_id}/recordings"],
    "/public/": ["/public/"],
    "/public/{tab}": ["/public/progress", "/public/knowledge", "/public/ask"],
    "/public/mn": ["/public/mn"],
    # needs the guest cookie issue-18m's redeem sets: opened by
    # tests/central/mediation/test_agreement_browser.py until then
    "/guest/sessions/{session_id}/agreement": [],
    "/public/verify": ["/public/verify", "/public/verify?act=NA-20261207-00000000&code=nosuchcode"],
}
# FastAPI's documentation pages answer HTML too; they load their scripts from a CDN this
# machine cannot reach, so the headers are checked on them but not accessibility.
DOC_PAGES = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})


@dataclass(frozen=True)
class PathValues:
    """A real object for every path parameter of the app's routes."""

    tracking_number: str
    article_id: str
    code: str
    upload_id: str = "00000000-0000-4000-8000-000000000000"
    terminal_id: str = "K001"
    username: str = USERNAME
    command_id: str = "1"
    transfer_id: str = "1"
    organisation: str = "root"
    version: str = "1"
    period: str = "monthly"
    tab: str = "progress"
    name: str = "public.css"
    session_id: str = "vs_nosuchsession000000"
    act_id: str = "NA-20261207-00000000"
    proof_number: str = "1"
    index: str = "1"
    agreement_id: str = "MA-20261207-00000000"
    invitation_id: str = "inv_nosuchinvitation00"
    mediation_session_id: str = "vs_nosuchsession000000"
    participant_id: str = "party-000000000000"

    def fill(self, template: str) -> str:
        names = [n for _, n, _, _ in string.Formatter().parse(template) if n]
        unknown = [n for n in names if not hasattr(self, n)]
        assert not unknown, f"{template}: path parameters {unknown} unknown to PathValues"
        return template.format(**{n: getattr(self, n) for n in names})


@dataclass(frozen=True)
class Site:
    """A running service with one member who has every staff role, logged in."""

    base: str
    db_url: str
    data_dir: Path
    values: PathValues
    cookie: dict[str, str]
    bearer: dict[str, str]

    def url(self, template: str) -> str:
        return self.base + self.values.fill(template)


def route_table(tmp: Path) -> FastAPI:
    """The app as `serve` builds it (its routes only are used; nothing is served)."""
    url = f"sqlite:///{tmp / 'routes.sqlite3'}"
    return create_app(CentralSettings(db_url=url, data_dir=tmp))


def methods_and_paths(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path template): the OpenAPI document's operations (as the route matrix
    reads them; no route of the app is left out of it) plus the documentation routes."""
    paths = app.openapi()["paths"]
    found = {(m.upper(), path) for path, ops in paths.items() for m in ops}
    for route in app.routes:
        if isinstance(route, Route) and route.methods:
            found |= {(m, route.path) for m in route.methods if m != "HEAD"}
    return sorted(found)


def declared_html(app: FastAPI) -> set[str]:
    """GET routes whose declared answer is an HTML page."""
    pages = set()
    for path, ops in app.openapi()["paths"].items():
        answer = ops.get("get", {}).get("responses", {}).get("200", {})
        if "text/html" in answer.get("content", {}):
            pages.add(path)
    return pages


def console_writes(routes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The state-changing routes under /console/: each must refuse another site's post."""
    return [
        (method, path)
        for method, path in routes
        if method in STATE_CHANGING and (path + "/").startswith("/console/")
    ]


def _seed(db_url: str) -> str:
    """GIVEN an organisation with the demo knowledge base and a member with every role;
    returns a one-time enrolment code for a terminal."""
    upgrade(db_url)
    database = Database(db_url)
    try:
        with database.session() as session:
            org = add_organisation(
                session,
                OrganisationCreate(
                    code="root", name="市司法局", kind="justice_bureau", region_code="150000"
                ),
                "test",
            )
            member = StaffCreate(
                username=USERNAME,
                display_name="Every Role",
                organisation="root",
                roles=ROLES,
                password=PASSWORD,
            )
            add_staff(session, member, "test")
            load_seed(session, org.id, "test")
            return issue_enrol_code(session, "Saihan hall", timedelta(hours=1), org.id, "test")
    finally:
        database.dispose()


@contextmanager
def running_site(tmp: Path) -> Iterator[Site]:
    """The service as a process, with a terminal that reported, a request, articles and
    templates; the member logged in both ways (console cookie and bearer token)."""
    db_url = f"sqlite:///{tmp / 'central.sqlite3'}"
    code = _seed(db_url)
    with running_service(db_url, data_dir=tmp) as base, httpx.Client(base_url=base) as client:
        token = client.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": "K001", "site": "Saihan hall"}
        ).json()["device_token"]
        beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
        client.post("/api/v1/heartbeat", json=beat, headers={"Authorization": f"Bearer {token}"})
        login = {"username": USERNAME, "password": PASSWORD}
        issued = client.post("/api/v1/auth/login", json=login).json()["access_token"]
        bearer = {"Authorization": f"Bearer {issued}"}
        created = client.post("/api/v1/requests", json=_request_body(), headers=bearer)
        assert created.status_code == 201, created.text
        form = client.post("/console/login", data=login, headers={"Origin": base})
        assert form.status_code == 303, form.text
        session_id = _claimed_session(client, {"Authorization": f"Bearer {token}"}, bearer)
        mediation = _claimed_mediation(client, {"Authorization": f"Bearer {token}"}, bearer)
        values = PathValues(
            session_id=session_id,
            mediation_session_id=mediation,
            tracking_number=created.json()["tracking_number"],
            article_id=str(client.get("/api/v1/articles", headers=bearer).json()[0]["id"]),
            code=client.get("/api/v1/templates", headers=bearer).json()[0]["code"],
        )
        cookie = {"Cookie": f"lexkiosk_staff={form.cookies['lexkiosk_staff']}"}
        yield Site(base, db_url, tmp, values, cookie, bearer)


def _request_body() -> dict[str, object]:
    return {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "consultation",
        "channel": "hotline",
        "applicant": {"name": "王小明", "phone": "13800138000", "id_number": "150102199003071234"},
        "summary": "工资拖欠三个月，老板不接电话",
    }


def _claimed_mediation(
    client: httpx.Client, terminal: dict[str, str], member: dict[str, str]
) -> str:
    """A mediation the terminal asked for, claimed by the member (as mediator)."""
    number = make_tracking_number("K001", date(2026, 11, 29), 2)
    submission = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "mediation",
        "tracking_number": number,
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {
            "applicant": {"name": "王小明", "phone": "13800138000", "identified_by": "id_card"},
            "summary": "邻里纠纷",
        },
    }
    sent = client.post("/api/v1/submissions", json=submission, headers=terminal)
    assert sent.status_code in (200, 201), sent.text
    ask = {"tracking_number": number, "kind": "mediation", "identified_by": "id_card"}
    asked = client.post("/api/v1/kiosk/sessions", json=ask, headers=terminal)
    assert asked.status_code == 201, asked.text
    session_id = str(asked.json()["session_id"])
    claimed = client.post(f"/api/v1/sessions/{session_id}/claim", headers=member)
    assert claimed.status_code == 200, claimed.text
    return session_id


def _claimed_session(client: httpx.Client, terminal: dict[str, str], member: dict[str, str]) -> str:
    """A notarisation the terminal asked for (for a request it submitted), claimed by the
    member: the call page and its outcome page then have something to show."""
    number = make_tracking_number("K001", date(2026, 11, 29), 1)
    submission = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "consultation",
        "tracking_number": number,
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {
            "applicant": {"name": "王小明", "phone": "13800138000", "identified_by": "id_card"},
            "question": "?",
        },
    }
    sent = client.post("/api/v1/submissions", json=submission, headers=terminal)
    assert sent.status_code in (200, 201), sent.text
    available = {"available": True, "languages": ["zh"]}
    assert client.put("/api/v1/sessions/availability", json=available, headers=member).is_success
    ask = {"tracking_number": number, "kind": "notarisation", "identified_by": "id_card"}
    asked = client.post("/api/v1/kiosk/sessions", json=ask, headers=terminal)
    assert asked.status_code == 201, asked.text
    session_id = str(asked.json()["session_id"])
    claimed = client.post(f"/api/v1/sessions/{session_id}/claim", headers=member)
    assert claimed.status_code == 200, claimed.text
    return session_id
