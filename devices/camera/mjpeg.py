"""An IP camera emulator: serves a scene as an MJPEG stream over HTTP, the protocol many
network cameras speak, so the OpenCV driver is tested through its real capture path.

Fault injection: `freeze()` (the same JPEG forever), `stall()` (the connection stays open but
no bytes come: the read blocks) and `unplug()` (connections dropped, new ones refused).
"""

from __future__ import annotations

import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import cv2

from devices.camera.scenes import Scene

log = logging.getLogger(__name__)
BOUNDARY = b"lexkioskframe"


class MjpegCamera:
    """Serve `scene` at `fps` on 127.0.0.1; `url` is what cv2.VideoCapture opens."""

    def __init__(self, scene: Scene, fps: int = 15, port: int = 0) -> None:
        self.scene = scene
        self.fps = fps
        self.frozen = False
        self.unplugged = False
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self._last: bytes | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="mjpeg-camera", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/stream.mjpg"

    def _jpeg(self) -> bytes:
        with self._lock:
            if self.frozen and self._last is not None:
                return self._last
            rgb = self.scene.next_frame()
            ok, jpg = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
            self._last = jpg.tobytes() if ok else b""
            return self._last

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if camera.unplugged:
                    self.send_error(503, "camera unplugged")
                    return
                self.send_response(200)
                self.send_header(
                    "Content-Type", f"multipart/x-mixed-replace; boundary={BOUNDARY.decode()}"
                )
                self.end_headers()
                camera.stream_to(self.wfile)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: a stream request per reconnect would flood the test output."""

        return Handler

    def stream_to(self, out: Any) -> None:
        period = 1.0 / self.fps
        next_at = time.monotonic()
        while not self.unplugged:
            self._running.wait()  # a stall: the connection stays open, nothing arrives
            if self.unplugged:
                break
            body = self._jpeg()
            head = b"--%s\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n" % (
                BOUNDARY,
                len(body),
            )
            try:
                out.write(head + body + b"\r\n")
                out.flush()
            except OSError:
                return
            next_at += period
            time.sleep(max(0.0, next_at - time.monotonic()))

    def freeze(self, frozen: bool = True) -> None:
        self.frozen = frozen

    def stall(self, stalled: bool = True) -> None:
        if stalled:
            self._running.clear()
        else:
            self._running.set()

    def unplug(self) -> None:
        self.unplugged = True
        self._running.set()

    def replug(self) -> None:
        self.unplugged = False

    def close(self) -> None:
        self.unplug()
        self._server.shutdown()
        self._server.server_close()
