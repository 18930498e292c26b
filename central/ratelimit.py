"""A sliding-window counter of failures per key (username, client address).

In memory, per process: behind several workers each keeps its own count, so the effective
limit is the per-worker limit times the worker count. Good enough against guessing; a shared
(Redis) counter is the next step when central runs scaled out.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class FailureLimiter:
    def __init__(
        self, max_failures: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque[float]:
        stamps = self._failures.setdefault(key, deque())
        while stamps and now - stamps[0] >= self.window_s:
            stamps.popleft()
        return stamps

    def retry_after(self, *keys: str) -> float:
        """Seconds until any of `keys` may try again; 0 when all may try now."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                stamps = self._trim(key, now)
                if len(stamps) >= self.max_failures:
                    wait = max(wait, self.window_s - (now - stamps[0]))
                if not stamps:
                    self._failures.pop(key, None)
        return wait

    def fail(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                self._trim(key, now).append(now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
