"""`lexkiosk-central serve` as a real process on a free loopback port, for tests that talk to
it over real sockets (browser tests, attacks on the running service)."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass(frozen=True)
class LiveService:
    base: str
    host: str
    port: int
    pid: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def live_service(
    db_url: str, *extra: str, data_dir: Path | None = None, start_timeout_s: float = 90.0
) -> Iterator[LiveService]:
    """The service on `db_url` (already migrated or not) until the block ends; `extra` are
    more `serve` options; `data_dir` keeps its files (uploads, the journal's key and
    checkpoints), by default a temporary directory removed afterwards."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    scratch = tempfile.TemporaryDirectory(prefix="central-")
    where = str(data_dir or scratch.name)
    serve = [sys.executable, "-m", "central.cli", "serve", "--db", db_url, "--port", str(port)]
    process = subprocess.Popen(
        [*serve, "--data-dir", where, *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + start_timeout_s
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the central service did not start") from None
                time.sleep(0.1)
        yield LiveService(base, "127.0.0.1", port, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)
        scratch.cleanup()
