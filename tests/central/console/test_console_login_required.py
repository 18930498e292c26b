"""Every console page goes through one logged-in-staff dependency (central.api.console_auth):
without a token the login form (401), with a role the page does not serve the login form
with the reason (403), from the bearer token or the cookie alike."""

from __future__ import annotations

import re

from tests.central.support import Central

OPEN = {"/console/login", "/console/logout"}
NUMBER = "LK-202601-00001-0"
UPLOAD_ID = "00000000-0000-0000-0000-000000000000"
LOGIN_FORM = '<form method="post" action="/console/login">'


def _console_routes(central: Central) -> list[tuple[str, str]]:
    """Every console route but login and logout (from the OpenAPI document), with its path
    parameters filled in."""
    found: list[tuple[str, str]] = []
    for template, operations in central.app.openapi()["paths"].items():
        if not template.startswith("/console") or template in OPEN:
            continue
        path = template.replace("{tracking_number}", NUMBER)
        path = path.replace("{code}", "receipt").replace("{upload_id}", UPLOAD_ID)
        path = re.sub(r"\{\w+\}", "1", path)
        found.extend((method.upper(), path) for method in sorted(operations))
    return found


def _next_page(html: str) -> str:
    found = re.search(r'name="next" value="([^"]*)"', html)
    assert found is not None, html
    return found.group(1)


def test_every_console_page_answers_anonymous_callers_with_the_login_form(
    central: Central,
) -> None:
    routes = _console_routes(central)
    assert len(routes) >= 20
    for method, path in routes:
        reply = central.client.request(method, path)
        assert reply.status_code == 401, (method, path, reply.status_code)
        assert LOGIN_FORM in reply.text, (method, path)
        assert reply.headers["content-type"].startswith("text/html")


def test_a_wrong_role_gets_the_reason_whichever_way_the_token_travels(central: Central) -> None:
    central.add_staff("tech1", ["technician"])
    bearer = central.token_for("tech1")
    reply = central.client.get("/console/knowledge", headers=bearer)
    assert reply.status_code == 403
    assert "The knowledge editors are for admins and clerks." in reply.text
    central.client.cookies.set("lexkiosk_staff", bearer["Authorization"].split()[1])
    try:
        assert central.client.get("/console/reports").status_code == 403
        assert central.client.get("/console/").status_code == 200
    finally:
        central.client.cookies.clear()


def test_a_login_returns_to_the_editor_page_asked_for(central: Central) -> None:
    assert _next_page(central.client.get("/console/knowledge/7").text) == "/console/knowledge/7"
    unpublish = central.client.post("/console/templates/receipt/unpublish")
    assert _next_page(unpublish.text) == "/console/templates"
    assert _next_page(central.client.get("/console/requests").text) == "/console/"


def test_supervisors_read_requests_but_may_not_change_them(central: Central) -> None:
    central.add_staff("sup1", ["supervisor"])
    headers = central.token_for("sup1")
    assert central.client.get("/console/requests", headers=headers).status_code == 200
    refused = central.client.post(
        f"/console/requests/{NUMBER}/action", headers=headers, content="action=accept"
    )
    assert refused.status_code == 403
    assert "Supervisors read requests" in refused.text
