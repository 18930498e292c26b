"""The proof that a shell is healthy, written by the shell itself and read by the updater.

The shell writes `<data>/updates/health.json` once its window is painted and the central
service has acknowledged one of its heartbeats, with its version and the time the marker was
started. The updater removes the file, restarts the shell, and waits for a marker of the
expected version started after the restart: a marker left by the shell it replaced can never
count.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.updates.files import read_json, write_json
from kiosk.updates.paths import UpdatePaths


class HealthMarker:
    """The shell side: call `painted()` on the UI thread once the attract screen is on screen
    and `heartbeat_acknowledged()` from the network thread after each acknowledged beat."""

    def __init__(self, data_dir: Path, version: str) -> None:
        self._path = UpdatePaths(data_dir).health
        self._version = version
        self._started_at = time.time()
        self._painted_at: float | None = None
        self._heartbeat_at: float | None = None
        self._written = False
        self._lock = threading.Lock()

    def painted(self) -> None:
        with self._lock:
            self._painted_at = self._painted_at or time.time()
            self._write_if_ready()

    def heartbeat_acknowledged(self) -> None:
        with self._lock:
            self._heartbeat_at = self._heartbeat_at or time.time()
            self._write_if_ready()

    def _write_if_ready(self) -> None:
        if self._written or self._painted_at is None or self._heartbeat_at is None:
            return
        self._written = True
        write_json(
            self._path,
            {
                "version": self._version,
                "pid": os.getpid(),
                "started_at": self._started_at,
                "painted_at": self._painted_at,
                "heartbeat_at": self._heartbeat_at,
            },
        )


@dataclass(frozen=True)
class Healthy:
    version: str
    pid: int
    seconds: float  # from the restart to the marker


def wait_for_health(
    paths: UpdatePaths,
    version: str,
    since: float,
    timeout_s: float,
    clock: Callable[[], float] = time.monotonic,
    poll_s: float = 0.2,
) -> Healthy | None:
    """The marker of `version` started after `since` (wall clock), or None after `timeout_s`."""
    deadline = clock() + timeout_s
    while True:
        marker = read_json(paths.health)
        if (
            isinstance(marker, dict)
            and marker.get("version") == version
            and isinstance(marker.get("started_at"), float | int)
            and marker["started_at"] >= since
            and isinstance(marker.get("heartbeat_at"), float | int)
        ):
            return Healthy(version, int(marker.get("pid", 0)), marker["heartbeat_at"] - since)
        if clock() >= deadline:
            return None
        time.sleep(poll_s)
