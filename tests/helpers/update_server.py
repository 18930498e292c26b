"""The central service's update routes (update_contract.md) served in front of a real
`lexkiosk-central serve`, until the service has its own: the three update routes are answered
here, every other request is passed through to the real service unchanged, so the shell's
heartbeats and outbox deliveries reach it over real sockets."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

OFFER = "/api/v1/terminals/me/update"
REPORT = "/api/v1/terminals/me/update-report"
BUNDLE = re.compile(r"^/api/v1/updates/([^/]+)/bundle$")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class UpdateRoutes:
    """What the test offers, and what the terminal reported."""

    upstream: str
    bundle: Path | None = None
    version: str | None = None
    reports: list[dict[str, Any]] = field(default_factory=list)
    downloads: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def offer(self, version: str, bundle: Path) -> None:
        with self.lock:
            self.version, self.bundle = version, bundle

    def withdraw(self) -> None:
        with self.lock:
            self.version = self.bundle = None


def _handler(routes: UpdateRoutes, upstream: httpx.Client) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes = b"", kind: str = "application/json") -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the shell was stopped while it asked

        def _authorised(self) -> bool:
            if self.headers.get("Authorization", "").startswith("Bearer "):
                return True
            self._send(401, b'{"detail": "no terminal token"}')
            return False

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def do_GET(self) -> None:
            if self.path == OFFER:
                if self._authorised():
                    with routes.lock:
                        version, bundle = routes.version, routes.bundle
                    if version is None or bundle is None:
                        self._send(204)
                        return
                    data = bundle.read_bytes()
                    offer = {
                        "version": version,
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "size": len(data),
                        "url": f"/api/v1/updates/{version}/bundle",
                    }
                    self._send(200, json.dumps(offer).encode())
                return
            match = BUNDLE.match(self.path)
            if match:
                if self._authorised():
                    with routes.lock:
                        bundle = routes.bundle if match[1] == routes.version else None
                        routes.downloads += 1
                    if bundle is None:
                        self._send(404, b'{"detail": "not offered"}')
                    else:
                        self._send(200, bundle.read_bytes(), "application/octet-stream")
                return
            self._forward(b"")

        def do_POST(self) -> None:
            body = self._body()
            if self.path == REPORT:
                if self._authorised():
                    report = json.loads(body)
                    if report.get("outcome") not in ("installed", "rolled_back", "refused"):
                        self._send(422, b'{"detail": "unknown outcome"}')
                        return
                    with routes.lock:
                        routes.reports.append(report)
                    self._send(204)
                return
            self._forward(body)

        def do_PUT(self) -> None:
            self._forward(self._body())

        def _forward(self, body: bytes) -> None:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            try:
                response = upstream.request(self.command, self.path, content=body, headers=headers)
            except httpx.TransportError:
                self._send(502, b'{"detail": "the central service does not answer"}')
                return
            self._send(
                response.status_code,
                response.content,
                response.headers.get("content-type", "application/octet-stream"),
            )

    return Handler


@contextmanager
def update_routes(upstream: str) -> Iterator[tuple[str, UpdateRoutes]]:
    """(the URL terminals use as their central service, the routes' state)."""
    routes = UpdateRoutes(upstream)
    client = httpx.Client(base_url=upstream, timeout=30.0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, client))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        client.close()
