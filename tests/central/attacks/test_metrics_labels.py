"""Low 11: no request a client makes up adds a series to /metrics."""

from __future__ import annotations

import re

import httpx

from tests.helpers.server import LiveService

# Methods the HTTP parser (llhttp) accepts besides the ones the service answers.
ODD_METHODS = (
    "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "REPORT", "SEARCH",
    "PURGE", "LINK", "UNLINK", "MKCALENDAR", "SUBSCRIBE", "UNSUBSCRIBE", "NOTIFY", "CHECKOUT",
    "MERGE", "BIND", "REBIND", "UNBIND", "ACL", "MKACTIVITY", "QUERY",
)  # fmt: skip
SERIES = re.compile(r'^lexkiosk_http_requests_total\{method="([^"]*)",route="([^"]*)"', re.M)
ALLOWED = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "other"}


def _series(client: httpx.Client) -> set[tuple[str, str]]:
    return set(SERIES.findall(client.get("/metrics").text))


def test_invented_methods_and_paths_add_no_series(service: LiveService) -> None:
    """GIVEN the series after ordinary use
    WHEN a client sends 24 unusual methods to two routes and 50 invented paths
    THEN the method label holds only known methods or `other`, and at most a handful of
    series were added."""
    with httpx.Client(base_url=service.base, timeout=10) as client:
        client.get("/healthz")
        client.get("/public/")
        before = _series(client)
        for method in ODD_METHODS:
            for path in ("/healthz", "/api/v1/kiosks"):
                client.request(method, path)
        for n in range(50):
            client.get(f"/no-such-page-{n}")
        after = _series(client)
    methods = {method for method, _route in after}
    assert methods <= ALLOWED, sorted(methods - ALLOWED)
    assert len(after - before) <= 6, sorted(after - before)
