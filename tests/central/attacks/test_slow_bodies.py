"""Medium 2: slow request bodies (and slow headers) cannot stop the service."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime

import httpx
import pytest

from tests.central.attacks.conftest import Seeded
from tests.central.attacks.wire import answered_within, open_request, read_answer, status_of
from tests.helpers.server import LiveService, live_service

SLOW = 64  # twice the in-flight slots (central.web.concurrency)
BOUND_S = 10.0  # generous: a free service answers these in milliseconds


def _half_sent(stack: ExitStack, service: LiveService, n: int) -> None:
    """`n` connections that each sent the headers and 12 bytes of a 1,000-byte body, then
    nothing: half to the heartbeat (with a token-shaped header), half to the login form."""
    for i in range(n):
        if i % 2:
            head = (
                "POST /api/v1/heartbeat HTTP/1.1\r\nAuthorization: Bearer lkd_slow\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000"
            )
        else:
            head = (
                "POST /console/login HTTP/1.1\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000"
            )
        stack.enter_context(open_request(service, head, b'{"sent_at": '))


@pytest.fixture
def device(seeded: Seeded, service: LiveService) -> Iterator[dict[str, str]]:
    with httpx.Client(base_url=service.base, timeout=10) as client:
        issued = client.post(
            "/api/v1/enrol-codes", json={"organisation": "bureau-a"}, headers=seeded.auth("tech-a")
        )
        body = {"code": issued.json()["code"], "terminal_id": "SLOW1", "site": "hall"}
        enrolled = client.post("/api/v1/enrol", json=body)
        assert enrolled.status_code == 201, enrolled.text
        yield {"Authorization": f"Bearer {enrolled.json()['device_token']}"}


def test_64_half_sent_bodies_leave_the_service_answering(
    service: LiveService, device: dict[str, str]
) -> None:
    """GIVEN 64 connections each holding a request with half its body sent
    THEN heartbeats, /healthz, /public/ and logins are still answered (within 10 s each)."""
    beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    with ExitStack() as stack:
        _half_sent(stack, service, SLOW)
        with httpx.Client(base_url=service.base, timeout=BOUND_S) as client:
            for _ in range(3):
                assert (
                    client.post("/api/v1/heartbeat", json=beat, headers=device).status_code == 200
                )
                assert client.get("/healthz").status_code == 200
                assert client.get("/public/").status_code == 200
                login = client.post(
                    "/api/v1/auth/login", json={"username": "tech-a", "password": "wrong password"}
                )
                assert login.status_code == 401


def test_headers_and_bodies_that_stall_are_cut_off(seeded: Seeded) -> None:
    """GIVEN the service told to wait 1 s for headers and 1 s for a body
    THEN a connection stuck in its headers, and one stuck in its body, are answered 408 and
    closed (the default waits are 10 s and 60 s)."""
    with live_service(seeded.db_url, "--header-timeout-s", "1", "--body-timeout-s", "1") as service:
        stuck_head = socket.create_connection((service.host, service.port), timeout=30)
        stuck_head.sendall(b"POST /api/v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")
        stuck_body = open_request(
            service, "POST /api/v1/enrol HTTP/1.1\r\nContent-Length: 100", b'{"code"'
        )
        with stuck_head, stuck_body:
            assert answered_within(stuck_head, BOUND_S)
            assert status_of(read_answer(stuck_head)) == 408
            assert answered_within(stuck_body, BOUND_S)
            answer = read_answer(stuck_body)
            assert status_of(answer) == 408
            assert b"did not arrive within 1 s" in answer
