"""The committed allow/deny matrix (route_matrix.toml), read for the tests that use it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from api_client.schemas import Role

MATRIX_FILE = Path(__file__).with_name("route_matrix.toml")
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
CALLERS = ("anonymous", "device", *ROLES)
DOC_ROUTES = {"GET /openapi.json", "GET /docs", "GET /docs/oauth2-redirect", "GET /redoc"}
# DESIGN.md, "Who may call what": nothing else may be public.
PUBLIC_ALLOWED = re.compile(
    r"^(GET /healthz|GET /metrics|POST /api/v1/enrol|POST /api/v1/auth/login"
    r"|(GET|POST) /console/login|\w+ /public/.*"
    # "joining a mediation by invitation with its one-time code and a second factor"
    r"|POST /api/v1/invitations/\{invitation_id\}/redeem|GET /join/\{invitation_id\})$"
)
PATH_VALUES = {
    "terminal_id": "ZZZ999",
    "username": "nobody99",
    "command_id": "999999",
    "upload_id": "00000000-0000-4000-8000-000000000000",
    "tab": "progress",
    "name": "public.css",
    "tracking_number": "ZZZ999-261129-00001-9",
    "transfer_id": "999999",
    "organisation": "nobody-org",
    "article_id": "999999",
    "code": "nosuch",
    "version": "1",
    "session_id": "vs_nosuchsession000000",
    "period": "quarterly",
    "act_id": "NA-20261207-00000000",
    "agreement_id": "MA-20261207-00000000",
    "proof_number": "1",
    "index": "1",
    "invitation_id": "inv_nosuchinvitation00",
    "participant_id": "party-000000000000",
}


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
