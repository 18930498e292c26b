"""Network status for the technician: this terminal's addresses, and whether the central
service answers (/healthz) and how fast. Blocking: run it off the UI thread."""

from __future__ import annotations

import fcntl
import socket
import ssl
import struct
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

_SIOCGIFADDR = 0x8915


@dataclass(frozen=True)
class NetworkStatus:
    addresses: list[tuple[str, str]]  # (interface, IPv4 address)
    central_url: str
    reachable: bool
    round_trip_ms: float | None
    problem: str


def ipv4_addresses() -> list[tuple[str, str]]:
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, request)
            except OSError:
                continue  # no IPv4 address on this interface
            found.append((name, socket.inet_ntoa(answer[20:24])))
    return found


def check(central_url: str, ca_file: Path | None, timeout_s: float = 5.0) -> NetworkStatus:
    verify: ssl.SSLContext | bool = True
    if ca_file is not None:
        verify = ssl.create_default_context(cafile=str(ca_file))
    addresses = ipv4_addresses()
    started = time.perf_counter()
    try:
        with httpx.Client(base_url=central_url, verify=verify, timeout=timeout_s) as client:
            answer = client.get("/healthz")
    except httpx.HTTPError as err:
        return NetworkStatus(addresses, central_url, False, None, type(err).__name__)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if answer.status_code != 200:
        return NetworkStatus(
            addresses, central_url, False, elapsed_ms, f"HTTP {answer.status_code}"
        )
    return NetworkStatus(addresses, central_url, True, elapsed_ms, "")
