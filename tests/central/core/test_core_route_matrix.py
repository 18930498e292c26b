"""Every route x every caller, against the committed allow/deny matrix (route_matrix.toml)."""

from __future__ import annotations

import re
import secrets
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from api_client.schemas import Role
from central.clock import utcnow
from central.models import StaffToken
from central.security import sha256_hex
from central.staff import staff_by_username
from tests.central.core.support import Central

MATRIX_FILE = Path(__file__).with_name("route_matrix.toml")
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
CALLERS = ("anonymous", "device", *ROLES)
DOC_ROUTES = {"GET /openapi.json", "GET /docs", "GET /docs/oauth2-redirect", "GET /redoc"}
# DESIGN.md, "Who may call what": nothing else may be public.
PUBLIC_ALLOWED = re.compile(
    r"^(GET /healthz|GET /metrics|POST /api/v1/enrol|POST /api/v1/auth/login"
    r"|(GET|POST) /console/login|\w+ /public/.*)$"
)
PATH_VALUES = {"terminal_id": "ZZZ999", "username": "nobody99", "command_id": "999999"}


def load_matrix() -> dict[str, set[str]]:
    raw = tomllib.loads(MATRIX_FILE.read_text())["routes"]
    matrix = {}
    for route, callers in raw.items():
        allowed = set(callers)
        unknown = allowed - {"public", "staff", *CALLERS}
        assert not unknown, f"{route}: unknown callers {unknown} in {MATRIX_FILE.name}"
        if "public" in allowed:
            allowed |= set(CALLERS)
        if "staff" in allowed:
            allowed |= set(ROLES)
        matrix[route] = allowed & set(CALLERS)
    return matrix


def routes_of(central: Central) -> set[str]:
    paths = central.app.openapi()["paths"]
    found = {f"{method.upper()} {path}" for path, ops in paths.items() for method in ops}
    return found | DOC_ROUTES


def test_the_matrix_lists_exactly_the_routes_that_exist(central: Central) -> None:
    matrix, routes = set(load_matrix()), routes_of(central)
    assert not routes - matrix, f"routes missing from {MATRIX_FILE.name}: {sorted(routes - matrix)}"
    assert not matrix - routes, (
        f"routes in {MATRIX_FILE.name} that no longer exist: {sorted(matrix - routes)}"
    )


def test_only_the_routes_design_allows_are_public() -> None:
    public = [r for r, who in load_matrix().items() if "anonymous" in who]
    stray = [r for r in public if r not in DOC_ROUTES and not PUBLIC_ALLOWED.match(r)]
    assert not stray, f"public routes not allowed by DESIGN.md: {stray}"


def _staff_token(central: Central, role: str) -> dict[str, str]:
    """A fresh token without a login round (argon2 costs ~50 ms a time)."""
    token = "lks_" + secrets.token_urlsafe(32)
    with central.database.session() as session:
        staff = staff_by_username(session, f"matrix-{role.replace('_', '-')}")
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


def test_every_route_as_every_caller(central: Central) -> None:
    """GIVEN one member per role and an enrolled terminal WHEN each calls every route THEN
    the listed callers get past authorisation and everyone else gets 401 or 403."""
    for role in ROLES:
        central.add_staff(f"matrix-{role.replace('_', '-')}", [role])
    matrix = load_matrix()
    wrong = []
    for n, route in enumerate(sorted(routes_of(central))):
        method, template = route.split(" ", 1)
        path = template.format(**PATH_VALUES)
        for caller in CALLERS:
            if caller == "anonymous":
                headers: dict[str, str] = {}
            elif caller == "device":
                headers = central.enrol(f"M{n:03d}")  # rotation and revocation stay per route
            else:
                headers = _staff_token(central, caller)
            body: dict[str, object] | None = {} if method in {"POST", "PUT", "PATCH"} else None
            reply = central.client.request(method, path, json=body, headers=headers)
            assert reply.status_code < 500, f"{route} as {caller}: {reply.status_code}"
            refused = reply.status_code in (401, 403)
            if refused == (caller in matrix[route]):
                wrong.append(f"{route} as {caller}: {reply.status_code} {reply.text[:80]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("route", sorted(DOC_ROUTES))
def test_documentation_routes_answer(central: Central, route: str) -> None:
    method, path = route.split(" ", 1)
    assert central.client.request(method, path).status_code == 200
