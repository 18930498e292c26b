"""A few files served over HTTP on 127.0.0.1 from a thread: the test-only call page and the
Debian JavaScript it loads. 127.0.0.1 is a secure context, so the page may open the (fake)
camera and microphone."""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Files(BaseHTTPRequestHandler):
    def __init__(self, files: Mapping[str, Path], *args: Any) -> None:
        self._files = files
        super().__init__(*args)

    def do_GET(self) -> None:
        path = self._files.get(self.path.split("?", 1)[0])
        if path is None:
            self.send_error(404)
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet: a test's output is its result


@contextmanager
def static_site(files: Mapping[str, Path]) -> Iterator[str]:
    """Serve `files` (URL path -> file) and yield the base URL; stopped on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Files, dict(files)))
    thread = threading.Thread(target=server.serve_forever, name="static-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
