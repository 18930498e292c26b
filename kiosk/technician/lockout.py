"""A growing lock-out after wrong technician PINs, kept on disk so restarting the shell does
not reset it: three free attempts, then 30 s, doubling with every further wrong PIN (capped at
an hour), until a right PIN clears it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from config.store import write_atomically

FREE_ATTEMPTS = 3
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 3600.0


class Lockout:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock
        self.failures, self.locked_until = self._read()

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text())
            return int(data["failures"]), float(data["locked_until"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def _write(self) -> None:
        state = {"failures": self.failures, "locked_until": self.locked_until}
        write_atomically(self._path, json.dumps(state).encode())

    def remaining_s(self) -> float:
        """Seconds until a PIN may be tried again (0 when it may now)."""
        return max(0.0, self.locked_until - self._clock())

    def failed(self) -> float:
        """Count a wrong PIN; returns the lock-out it starts, in seconds (0: none yet)."""
        self.failures += 1
        over = self.failures - FREE_ATTEMPTS
        lock = 0.0 if over < 0 else min(MAX_LOCK_S, FIRST_LOCK_S * 2.0**over)
        self.locked_until = self._clock() + lock if lock else 0.0
        self._write()
        return lock

    def succeeded(self) -> None:
        self.failures, self.locked_until = 0, 0.0
        self._write()
