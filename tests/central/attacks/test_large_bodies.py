"""Medium 3: no body is read into memory past its limit, before or after authentication."""

from __future__ import annotations

import socket

from tests.central.attacks.wire import (
    answered_within,
    open_request,
    peak_rss_kib,
    read_answer,
    status_of,
)
from tests.helpers.server import LiveService

MIB = 1024 * 1024
DECLARED = 400 * MIB
GROWTH_LIMIT_KIB = 48 * 1024  # a 400 MB body read into memory grew the server by ~540 MB


def _push(sock: socket.socket, total: int, chunked: bool) -> tuple[bytes, int]:
    """Send up to `total` bytes of body, stopping as soon as the service answers; returns the
    answer and how much was sent."""
    chunk = b"a" * MIB
    frame = b"%x\r\n" % len(chunk) + chunk + b"\r\n" if chunked else chunk
    sent = 0
    try:
        while sent < total:
            if answered_within(sock, 0):
                break
            sock.sendall(frame)
            sent += len(chunk)
        if chunked and sent >= total:
            sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the service closed the connection: what it answered is read below
    return read_answer(sock), sent


def test_a_declared_400_mb_anonymous_login_is_refused_unread(service: LiveService) -> None:
    """GIVEN the server's peak memory
    WHEN an anonymous client posts a 400 MB login form (Content-Length given)
    THEN it answers 413 before the body is read, and the server's memory does not grow."""
    before = peak_rss_kib(service.pid)
    head = (
        "POST /console/login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {DECLARED}"
    )
    with open_request(service, head) as sock:
        if answered_within(sock, 5.0):
            answer, sent = read_answer(sock), 0
        else:  # it waits for the body: send it
            answer, sent = _push(sock, DECLARED, chunked=False)
    grown = peak_rss_kib(service.pid) - before
    assert grown < GROWTH_LIMIT_KIB, f"the server grew by {grown // 1024} MiB"
    assert status_of(answer) == 413, answer[:200]
    assert sent == 0


def test_a_chunked_body_without_length_is_cut_at_the_limit(service: LiveService) -> None:
    """WHEN an anonymous client streams a body with no Content-Length (chunked) to the login
    API and to an upload route, 200 MB each
    THEN each is refused once past its limit, long before the end, and memory stays put."""
    before = peak_rss_kib(service.pid)
    for path, auth in (("/api/v1/auth/login", ""), ("/api/v1/uploads/x?offset=0", "lkd_forged")):
        head = f"PUT {path} HTTP/1.1\r\nTransfer-Encoding: chunked"
        if auth:
            head += f"\r\nAuthorization: Bearer {auth}"
        else:
            head = head.replace("PUT", "POST")
        with open_request(service, head) as sock:
            answer, sent = _push(sock, 200 * MIB, chunked=True)
        assert status_of(answer) in (413, None), answer[:200]
        assert sent < 32 * MIB, f"{sent // MIB} MiB of {path} were read"
    grown = peak_rss_kib(service.pid) - before
    assert grown < GROWTH_LIMIT_KIB, f"the server grew by {grown // 1024} MiB"
