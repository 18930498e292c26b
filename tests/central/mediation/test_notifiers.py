"""The SMS gateway notifier against a real HTTP server on loopback (the gateway's side of the
contract: one JSON POST per message), and its plain errors when the gateway refuses or is
silent."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from central.sessions.errors import SessionError
from central.sessions.mediation.notifiers import InvitationMessage, SmsGatewayNotifier

MESSAGE = InvitationMessage(
    invitation_id="inv_abcdefghijklmnopqr",
    phone="13900139000",
    phone_masked="139********",
    link="http://127.0.0.1:8000/join/inv_abcdefghijklmnopqr?code=ABCDEFGH",
    code="ABCDEFGH",
    expires_at=datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
)


class Gateway:
    """A loopback HTTP server standing for the SMS gateway: answers `status`, keeps bodies."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.status = 200
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                gateway.received.append(json.loads(self.rfile.read(length)))
                self.send_response(gateway.status)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        if not self.thread.is_alive():
            return
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    made = Gateway()
    yield made
    made.close()


def test_the_gateway_gets_the_number_and_the_text(gateway: Gateway) -> None:
    SmsGatewayNotifier(gateway.url, 5.0).send(MESSAGE)
    assert len(gateway.received) == 1
    body = gateway.received[0]
    assert body["to"] == "13900139000"
    assert MESSAGE.link in body["text"] and "ABCDEFGH" in body["text"]
    assert "ABCDEFGH" not in repr(MESSAGE) and "139000" not in repr(MESSAGE)


def test_a_refusing_or_absent_gateway_is_a_plain_502(gateway: Gateway) -> None:
    gateway.status = 500
    with pytest.raises(SessionError) as refused:
        SmsGatewayNotifier(gateway.url, 5.0).send(MESSAGE)
    assert refused.value.status == 502 and "HTTP 500" in str(refused.value)
    assert "13900139000" not in str(refused.value)
    url = gateway.url
    gateway.close()
    with pytest.raises(SessionError) as silent:
        SmsGatewayNotifier(url, 1.0).send(MESSAGE)
    assert silent.value.status == 502 and "did not answer" in str(silent.value)
