"""Prometheus metrics: one registry per app (tests build many apps), an ASGI middleware that
times every request by known method and route template (never the raw method or path: labels
a client chooses would grow the series without bound), and fleet gauges computed at scrape
time."""

from __future__ import annotations

import time
from datetime import timedelta

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.clock import utcnow
from central.models import Kiosk

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

    def refresh_fleet(self, session: Session, offline_after: timedelta) -> None:
        threshold = utcnow() - offline_after
        revoked = Kiosk.revoked_at.is_not(None)
        online = Kiosk.revoked_at.is_(None) & (Kiosk.last_seen >= threshold)
        total = session.scalar(select(func.count()).select_from(Kiosk)) or 0
        n_revoked = session.scalar(select(func.count()).where(revoked)) or 0
        n_online = session.scalar(select(func.count()).where(online)) or 0
        self.kiosks.labels("online").set(n_online)
        self.kiosks.labels("offline").set(total - n_online - n_revoked)
        self.kiosks.labels("revoked").set(n_revoked)


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
