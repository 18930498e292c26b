"""`lexkiosk-central serve` as a real process on a free loopback port, for tests that talk to
it over real sockets (browser tests, attacks on the running service, end-to-end journeys).

One implementation underneath: `kiosk.central_process.CentralProcess` (the embedded demo's),
which waits for /healthz with a bound and fails with the tail of the service's log."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.central_process import CentralProcess, free_port

__all__ = ["CentralProcess", "LiveService", "free_port", "live_service", "running_service"]


@dataclass(frozen=True)
class LiveService:
    base: str
    host: str
    port: int
    pid: int


@contextmanager
def live_service(
    db_url: str,
    *extra: str,
    data_dir: Path | None = None,
    start_timeout_s: float = 90.0,
    log_path: Path | None = None,
) -> Iterator[LiveService]:
    """The service on `db_url` (already migrated or not) until the block ends; `extra` are
    more `serve` options; `data_dir` keeps its files (uploads, the journal's key and
    checkpoints), by default a temporary directory removed afterwards; `log_path` receives its
    output (default: `central.log` in the data directory)."""
    with tempfile.TemporaryDirectory(prefix="central-") as scratch:
        process = CentralProcess(
            data_dir or Path(scratch), db_url=db_url, extra_args=extra, log_path=log_path
        )
        process.start(start_timeout_s)
        try:
            yield LiveService(process.url, process.host, process.port, process.pid)
        finally:
            process.stop()


@contextmanager
def running_service(db_url: str, *extra: str, data_dir: Path | None = None) -> Iterator[str]:
    """`live_service`, yielding only its base URL."""
    with live_service(db_url, *extra, data_dir=data_dir) as service:
        yield service.base
