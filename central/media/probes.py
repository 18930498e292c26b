"""Is a port free, and do Janus and coturn answer? Each probe is one bounded attempt."""

from __future__ import annotations

import errno
import json
import os
import socket
import struct

from websockets.exceptions import WebSocketException
from websockets.sync.client import connect
from websockets.typing import Subprotocol

from central.media.errors import MediaError

STUN_MAGIC = 0x2112A442


def check_free(ip: str, port: int, kind: int, what: str, setting: str) -> None:
    """Raise a one-line MediaError when `ip:port` cannot be bound (busy, or not an address of
    this machine)."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family, kind) as sock:
        if kind == socket.SOCK_STREAM:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((ip, port))
        except OSError as err:
            proto = "TCP" if kind == socket.SOCK_STREAM else "UDP"
            if err.errno == errno.EADDRINUSE:
                raise MediaError(
                    f"port {port} ({proto}) on {ip} is busy, {what} cannot listen there: "
                    f"stop what uses it or change {setting}"
                ) from None
            if err.errno == errno.EADDRNOTAVAIL:
                raise MediaError(
                    f"{ip} is not an address of this machine ({what}): check the media settings"
                ) from None
            raise MediaError(
                f"cannot bind {ip}:{port} ({proto}) for {what}: {err.strerror}"
            ) from None


def janus_answers(url: str, timeout_s: float) -> bool:
    """True when Janus answers an `info` request on its WebSocket transport."""
    transaction = os.urandom(6).hex()
    try:
        with connect(
            url,
            subprotocols=[Subprotocol("janus-protocol")],
            open_timeout=timeout_s,
            close_timeout=1,
        ) as ws:
            ws.send(json.dumps({"janus": "info", "transaction": transaction}))
            reply = json.loads(ws.recv(timeout=timeout_s))
    except (OSError, TimeoutError, WebSocketException, ValueError):
        return False
    return bool(reply.get("janus") == "server_info" and reply.get("transaction") == transaction)


def stun_answers(ip: str, port: int, timeout_s: float) -> bool:
    """True when a STUN binding request to `ip:port` over UDP gets a success response within
    `timeout_s`. The socket is connected, so a port nobody listens on yet fails at once (the
    kernel's port-unreachable) instead of using up the whole timeout."""
    transaction = os.urandom(12)
    request = struct.pack("!HHI", 0x0001, 0, STUN_MAGIC) + transaction
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout_s)
        try:
            sock.connect((ip, port))
            sock.send(request)
            data = sock.recv(2048)
        except OSError:
            return False
    return len(data) >= 20 and data[:2] == b"\x01\x01" and data[8:20] == transaction
