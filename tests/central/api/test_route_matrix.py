"""Every route x every caller, against the committed allow/deny matrix (route_matrix.toml)."""

from __future__ import annotations

import pytest

from tests.central.api.matrix import (
    CALLERS,
    DOC_ROUTES,
    MATRIX_FILE,
    PATH_VALUES,
    PUBLIC_ALLOWED,
    ROLES,
    load_matrix,
)
from tests.central.support import Central


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
                headers = central.token_for(f"matrix-{caller.replace('_', '-')}")
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
