"""Prometheus metrics: one registry per app (tests build many apps), an ASGI middleware that
times every request by known method and route template (never the raw method or path: labels
a client chooses would grow the series without bound), and fleet, alert, request-flow and
session gauges computed at scrape time (central.web.metrics_refresh).

Labels are bounded: state, region prefix (city level), alert kind, channel, session kind,
certificate and service names. Per-terminal series carry the terminal id only (a machine's
name, never a person's data). deploy/prometheus/ and deploy/grafana/ name these metrics; a
test scrapes a running service for every name they use."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The methods the service answers; anything else a client invents is counted as "other", so
# no request can add a series (the HTTP parser accepts dozens of WebDAV and other methods).
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "lexkiosk_http_requests",
            "HTTP requests answered, by route template and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "lexkiosk_http_request_duration_seconds",
            "Time to answer, by route template",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=self.registry,
        )
        self.login_failures = Counter(
            "lexkiosk_login_failures", "Failed staff logins", registry=self.registry
        )
        self.kiosks = Gauge(
            "lexkiosk_kiosks", "Enrolled terminals by state", ["state"], registry=self.registry
        )
        self._fleet_gauges()

    def _fleet_gauges(self) -> None:
        def gauge(name: str, text: str, labels: list[str]) -> Gauge:
            return Gauge(name, text, labels, registry=self.registry)

        self.kiosks_by_region = gauge(
            "lexkiosk_kiosks_by_region",
            "Terminals by region (city level) and state",
            ["region", "state"],
        )
        self.alerts = gauge("lexkiosk_alerts", "Active alerts by kind", ["kind"])
        self.terminal_alert = gauge(
            "lexkiosk_terminal_alert",
            "1 while the terminal has an alert of the kind",
            ["terminal", "kind"],
        )
        self.terminal_last_seen = gauge(
            "lexkiosk_terminal_last_seen_timestamp_seconds",
            "Unix time of the terminal's last heartbeat",
            ["terminal"],
        )
        self.cert_expiry = gauge(
            "lexkiosk_certificate_expiry_timestamp_seconds",
            "Unix time a watched certificate expires",
            ["certificate"],
        )
        self.service_up = gauge(
            "lexkiosk_service_reachable",
            "1 when the last probe of the outside service answered (tsa, ocsp)",
            ["service"],
        )
        self.requests_by_channel = gauge(
            "lexkiosk_requests_by_channel",
            "Requests taken, by channel and status",
            ["channel", "status"],
        )
        self.transfers = gauge(
            "lexkiosk_transfers",
            "Transfer orders by the request's channel and the target channel",
            ["from_channel", "to_channel"],
        )
        self.sessions = gauge(
            "lexkiosk_video_sessions", "Video sessions by kind and state", ["kind", "state"]
        )
        self.session_wait = gauge(
            "lexkiosk_video_session_wait_seconds",
            "Mean wait from queue to claim of sessions claimed in the last 24 h",
            ["kind"],
        )
        self.session_handling = gauge(
            "lexkiosk_video_session_handling_seconds",
            "Mean length of sessions ended in the last 24 h, first in call to end",
            ["kind"],
        )


class MetricsMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware): heartbeats are the hot path."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            method = scope["method"] if scope["method"] in KNOWN_METHODS else "other"
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)
