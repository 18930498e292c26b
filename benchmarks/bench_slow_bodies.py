"""Heartbeat latency of a running central service with 64 half-sent request bodies held open,
and while 8 clients (each from its own address) post console logins as fast as they can, next
to the same service left alone (the baseline, measured in the same run).

Before central.web.body_gate, 32 such bodies held every in-flight slot and heartbeats timed out;
before the console login checked passwords on a worker thread, argon2 ran on the event loop
and heartbeats waited seconds (p99 3.7 s here, against 0.11 s alone).
"""

from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from contextlib import ExitStack, suppress
from datetime import UTC, datetime
from pathlib import Path

import httpx

from kiosk.central_process import CentralProcess

N = 300
SLOW = 64
TIMEOUT_S = 5.0


def _device(central: CentralProcess) -> dict[str, str]:
    body = {"code": central.enrol_code(), "terminal_id": "BENCH1", "site": "bench"}
    reply = httpx.post(f"{central.url}/api/v1/enrol", json=body, timeout=10)
    return {"Authorization": f"Bearer {reply.json()['device_token']}"}


def _heartbeats(url: str, device: dict[str, str]) -> tuple[list[float], int]:
    """Latencies in ms of N heartbeats, and how many timed out."""
    beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    times, lost = [], 0
    with httpx.Client(base_url=url, timeout=TIMEOUT_S) as client:
        for _ in range(N):
            start = time.perf_counter()
            try:
                client.post("/api/v1/heartbeat", json=beat, headers=device).raise_for_status()
            except httpx.TimeoutException:
                lost += 1
                continue
            times.append((time.perf_counter() - start) * 1000)
    return times, lost


def _half_sent(stack: ExitStack, port: int) -> None:
    head = (
        b"POST /api/v1/heartbeat HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer lkd_x\r\n"
        b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"sent_at": '
    )
    for _ in range(SLOW):
        sock = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=30))
        sock.sendall(head)


def _console_logins(url: str, stop: threading.Event, n: int) -> None:
    transport = httpx.HTTPTransport(local_address=f"127.0.1.{n}")
    with httpx.Client(base_url=url, transport=transport, timeout=30) as client:
        tries = 0
        while not stop.is_set():
            tries += 1
            form = {"username": f"nobody{n}x{tries}", "password": "guess"}
            with suppress(httpx.HTTPError):
                client.post("/console/login", data=form)


def _under_logins(url: str, device: dict[str, str]) -> tuple[list[float], int]:
    stop = threading.Event()
    hammers = [threading.Thread(target=_console_logins, args=(url, stop, n)) for n in range(1, 9)]
    for hammer in hammers:
        hammer.start()
    try:
        return _heartbeats(url, device)
    finally:
        stop.set()
        for hammer in hammers:
            hammer.join()


def _line(label: str, times: list[float], lost: int) -> str:
    if not times:
        return f"{label:28} all {N} heartbeats timed out after {TIMEOUT_S:g} s"
    q = statistics.quantiles(times, n=100)
    return (
        f"{label:28} p50 {q[49]:6.2f} ms  p99 {q[98]:6.2f} ms  max {max(times):7.2f} ms  "
        f"timed out {lost}/{N}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        central = CentralProcess(Path(tmp) / "central")
        central.start(timeout_s=120.0)
        try:
            device = _device(central)
            _heartbeats(central.url, device)  # warm up
            base, base_lost = _heartbeats(central.url, device)
            with ExitStack() as stack:
                _half_sent(stack, central.port)
                loaded, loaded_lost = _heartbeats(central.url, device)
            logins, logins_lost = _under_logins(central.url, device)
        finally:
            central.stop()
    print(f"heartbeat latency, {N} sequential heartbeats on one connection")
    print(_line("baseline (left alone)", base, base_lost))
    print(_line(f"{SLOW} half-sent bodies open", loaded, loaded_lost))
    print(_line("8 clients posting logins", logins, logins_lost))


if __name__ == "__main__":
    main()
