"""Against `lexkiosk-central serve` over real sockets: every HTML page carries the security
headers, and every state-changing console route refuses a request sent from another site.
Both lists come from the app's route table (tests/central/web_pages.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.central.web_pages import (
    DOC_PAGES,
    HTML_PAGES,
    Site,
    console_writes,
    declared_html,
    methods_and_paths,
    route_table,
    running_site,
)

pytestmark = pytest.mark.e2e
EVIL = "https://evil.example"
# What a page from another site can make a browser send, each without and with a cookie.
CROSS_SITE = [
    {"Origin": EVIL},
    {"Origin": "null"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site", "Origin": "http://other.127.0.0.1.example"},
    {"Referer": f"{EVIL}/page.html"},
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with running_site(tmp_path_factory.mktemp("site")) as running:
        yield running


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """(method, path template) of every route `serve` has."""
    return methods_and_paths(route_table(tmp_path_factory.mktemp("routes")))


def _assert_page_headers(reply: httpx.Response, what: str) -> None:
    headers = reply.headers
    csp = headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp, f"{what}: CSP {csp!r}"
    assert "default-src" in csp and "base-uri 'none'" in csp, f"{what}: CSP {csp!r}"
    assert "'unsafe-eval'" not in csp, f"{what}: CSP {csp!r}"
    assert headers.get("x-frame-options") == "DENY", what
    assert headers.get("cache-control") == "no-store", what
    assert headers.get("referrer-policy") in ("same-origin", "no-referrer"), what
    assert headers.get("x-content-type-options") == "nosniff", what


def test_every_html_route_is_listed(tmp_path: Path) -> None:
    """A page added without being listed in HTML_PAGES fails here, so the header and
    accessibility tests cannot miss it."""
    declared = declared_html(route_table(tmp_path))
    assert declared == set(HTML_PAGES), (
        f"unlisted HTML routes: {sorted(declared - set(HTML_PAGES))}; "
        f"listed but gone: {sorted(set(HTML_PAGES) - declared)}"
    )


def test_every_html_answer_carries_the_page_headers(
    site: Site, routes: list[tuple[str, str]]
) -> None:
    """GIVEN every GET route of the route table, called as a member with every role and as
    nobody THEN each HTML answer (error pages included) has the headers, and only listed
    routes answer with an HTML page."""
    unlisted = []
    with httpx.Client() as client:
        for method, template in routes:
            if method != "GET":
                continue
            url = site.url(template)
            for who, headers in (("member", {**site.cookie, **site.bearer}), ("nobody", {})):
                reply = client.get(url, headers=headers)
                assert reply.status_code < 500, f"{template}: {reply.status_code}"
                if not reply.headers.get("content-type", "").startswith("text/html"):
                    if template.startswith(("/console", "/api/", "/public/api/")):
                        assert reply.headers.get("cache-control") == "no-store", template
                    continue
                _assert_page_headers(reply, f"GET {template} as {who} ({reply.status_code})")
                listed = template in HTML_PAGES or template in DOC_PAGES
                if reply.status_code == 200 and not listed:
                    unlisted.append(template)
    assert not unlisted, f"pages answering HTML but not in HTML_PAGES: {sorted(set(unlisted))}"


def test_refusals_and_error_pages_carry_the_headers_too(site: Site) -> None:
    with httpx.Client(base_url=site.base) as client:
        refused = client.post("/console/logout", headers={**site.cookie, "Origin": EVIL})
        missing = client.get("/console/requests/NOPE-1", headers=site.cookie)
    assert refused.status_code == 403
    _assert_page_headers(refused, "the cross-site refusal")
    if missing.headers.get("content-type", "").startswith("text/html"):
        _assert_page_headers(missing, "a console 404")


@pytest.mark.parametrize(
    "sent", CROSS_SITE, ids=lambda h: ",".join(f"{k}={v}" for k, v in h.items())
)
def test_every_console_write_refuses_another_site(
    site: Site, routes: list[tuple[str, str]], sent: dict[str, str]
) -> None:
    """GIVEN the member's console cookie WHEN another site's page posts to each state-changing
    console route (a text/plain body, as a form from elsewhere can) THEN 403, nothing done."""
    console = console_writes(routes)
    assert {("POST", "/console/login"), ("POST", "/console/logout")} <= set(console), console
    wrong = []
    with httpx.Client() as client:
        for method, template in console:
            for cookie in (site.cookie, {}):
                reply = client.request(
                    method,
                    site.url(template),
                    content=b"action=close&reason=xx&username=every-role&password=x",
                    headers={**cookie, **sent, "Content-Type": "text/plain"},
                )
                if reply.status_code != 403 or "another site" not in reply.text:
                    wrong.append(f"{method} {template}: {reply.status_code}")
    assert not wrong, "\n".join(wrong)


def _status(site: Site) -> str:
    number = site.values.tracking_number
    reply = httpx.get(f"{site.base}/api/v1/requests/{number}", headers=site.bearer)
    assert reply.status_code == 200, reply.text
    return str(reply.json()["status"])


def test_the_reported_attack_changes_nothing(site: Site) -> None:
    """The attack as found: a text/plain POST with `Origin: https://evil.example` and the
    clerk's cookie tried to change a request's status. It is refused, the status stays."""
    before = _status(site)
    reply = httpx.post(
        f"{site.base}/console/requests/{site.values.tracking_number}/action",
        content=b"action=reject&reason=spam spam",
        headers={**site.cookie, "Origin": EVIL, "Content-Type": "text/plain"},
    )
    assert reply.status_code == 403
    assert _status(site) == before


def test_a_cross_site_login_sets_no_cookie(site: Site) -> None:
    reply = httpx.post(
        f"{site.base}/console/login",
        data={"username": "every-role", "password": "correct horse battery staple"},
        headers={"Origin": EVIL},
    )
    assert reply.status_code == 403
    assert "set-cookie" not in reply.headers


@pytest.mark.parametrize(
    "sent",
    [{}, {"Sec-Fetch-Site": "same-origin"}, {"Origin": "SELF"}, {"Referer": "SELF/console/"}],
    ids=["no browser headers", "same-origin fetch", "own origin", "own referer"],
)
def test_the_consoles_own_forms_still_work(site: Site, sent: dict[str, str]) -> None:
    """The same form from the console's own page (or from a script, which sends neither
    header) logs in."""
    headers = {k: v.replace("SELF", site.base) for k, v in sent.items()}
    reply = httpx.post(
        f"{site.base}/console/login",
        data={"username": "every-role", "password": "correct horse battery staple"},
        headers=headers,
    )
    assert reply.status_code == 303, reply.text


def test_no_other_write_route_takes_the_console_cookie(
    site: Site, routes: list[tuple[str, str]]
) -> None:
    """The cross-origin check guards /console/ only, so the console cookie must buy nothing
    anywhere else: each state-changing route outside /console/ answers a caller with only the
    cookie exactly as it answers a caller with nothing."""
    others = [
        (m, p)
        for m, p in routes
        if m in ("POST", "PUT", "PATCH", "DELETE") and (m, p) not in console_writes(routes)
    ]
    assert others
    different = []
    with httpx.Client() as client:
        for method, template in others:
            answers = [
                client.request(method, site.url(template), json={}, headers=headers).status_code
                for headers in (site.cookie, {})
            ]
            if answers[0] != answers[1]:
                different.append(f"{method} {template}: {answers}")
    assert not different, "\n".join(different)
