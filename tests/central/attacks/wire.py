"""Raw HTTP/1.1 over a socket, for requests no well-behaved client sends: half a body, headers
a byte at a time, a body larger than anything the service accepts."""

from __future__ import annotations

import select
import socket

from tests.helpers.server import LiveService


def open_request(service: LiveService, head: str, body_start: bytes = b"") -> socket.socket:
    """A connection that has sent `head` (request line and headers, without the blank line
    that ends them) and then `body_start`."""
    sock = socket.create_connection((service.host, service.port), timeout=30)
    sock.sendall(head.encode("latin-1") + b"\r\nHost: 127.0.0.1\r\n\r\n" + body_start)
    return sock


def answered_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the service has started to answer (or closed) within `seconds`."""
    readable, _, _ = select.select([sock], [], [], seconds)
    return bool(readable)


def read_answer(sock: socket.socket) -> bytes:
    """Everything the service sends until it closes the connection (or 30 s pass)."""
    parts = []
    try:
        while chunk := sock.recv(65536):
            parts.append(chunk)
    except (ConnectionResetError, TimeoutError):
        pass
    return b"".join(parts)


def status_of(answer: bytes) -> int | None:
    line = answer.split(b"\r\n", 1)[0].split()
    return int(line[1]) if len(line) >= 2 and line[1].isdigit() else None


def peak_rss_kib(pid: int) -> int:
    """The process's resident set at its highest so far (VmHWM in /proc/<pid>/status)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for process {pid}")
