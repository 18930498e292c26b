"""Request bodies are received whole, within a size and a time limit, before a request takes
one of the in-flight slots (central.web.concurrency).

Without this gate a route read its body while holding a slot, with no time limit: 32
connections that each sent a few bytes of a body held every slot, and heartbeats, `/healthz`
and logins waited until those sockets closed. And a body of any size was read into memory
before the route looked at who sent it. Here, before any route runs:

- a `Content-Length` above the limit answers 413 at once, nothing read;
- a body without one (chunked) is counted as it arrives and refused at the limit;
- a body not complete within `timeout_s` answers 408;
- the limit is small for callers that present no credentials at all (logins, enrolment and the
  public forms are short), larger for callers with a bearer token or the console cookie, and
  largest only for the routes that carry a terminal's attachments.

Each of those answers closes the connection. Memory held by bodies in flight is bounded by
connections x limit; the reverse proxy in front bounds connections per client (README).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

KIB = 1024
MIB = 1024 * KIB
# Routes whose bodies carry a terminal's screenshot or log bundle (8 MiB of base64), or a
# PDF staff push to the resident's screen during a call (8 MiB).
_LARGE = re.compile(
    r"^(/api/v1/commands/[0-9]+/result|/(api/v1|console)/sessions/vs_[A-Za-z0-9_-]+/documents)$"
)
# The one anonymous upload: a sealed certificate to verify (central.api.public_verify).
_PUBLIC_UPLOAD = "/public/api/verify"


@dataclass(frozen=True)
class BodyLimits:
    anonymous_bytes: int = 64 * KIB
    credentialed_bytes: int = MIB + 64 * KIB  # an upload chunk (1 MiB) and its headers
    large_bytes: int = 12 * MIB
    timeout_s: float = 60.0
    public_upload_bytes: int = 4 * MIB

    def for_request(self, scope: Scope) -> int:
        if scope["path"] == _PUBLIC_UPLOAD:
            return self.public_upload_bytes
        if not any(_credential(name, value) for name, value in scope["headers"]):
            return self.anonymous_bytes
        return self.large_bytes if _LARGE.match(scope["path"]) else self.credentialed_bytes


def _credential(name: bytes, value: bytes) -> bool:
    """A bearer token or the console's cookie: checked by the route, only counted here."""
    if name == b"authorization":
        return value[:7].lower() == b"bearer "
    return name == b"cookie" and b"lexkiosk_staff=" in value


class _TooLarge(Exception):
    pass


class _Gone(Exception):
    """The client closed the connection before its body was complete."""


def _declared(scope: Scope) -> tuple[bool, int | None]:
    """(has a body, its Content-Length if given); a bad Content-Length raises ValueError."""
    length: int | None = None
    chunked = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            if not text.isdigit():
                raise ValueError(text)
            length = int(text)
        elif name == b"transfer-encoding":
            chunked = True
    return (chunked or bool(length)), length


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _read(receive: Receive, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Gone
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


class BodyGate:
    """Pure ASGI; place it outside central.web.concurrency.InFlightLimit."""

    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            has_body, length = _declared(scope)
        except ValueError:
            await _refuse(send, 400, "Content-Length must be a number of bytes")
            return
        if not has_body:
            await self.app(scope, receive, send)
            return
        limit = self.limits.for_request(scope)
        too_large = f"the request body is over {limit} bytes, the limit for this request"
        if length is not None and length > limit:
            await _refuse(send, 413, too_large)
            return
        try:
            with anyio.fail_after(self.limits.timeout_s):
                body = await _read(receive, limit)
        except _TooLarge:
            await _refuse(send, 413, too_large)
            return
        except TimeoutError:
            await _refuse(
                send, 408, f"the request body did not arrive within {self.limits.timeout_s:g} s"
            )
            return
        except _Gone:
            return
        await self.app(scope, _replay(body, receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body in one message, then whatever the connection says next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
