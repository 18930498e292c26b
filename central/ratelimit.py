"""Sliding-window counters of attempts per key (an account at an address, a client address).

An attempt is counted *before* the work it guards (a password hash, a second factor) with
`take`, in one atomic step that both checks the limit and records the attempt, so parallel
attempts cannot all slip through between a check and a count. A success hands its attempt
back with `give_back`, so only failures use up the allowance.

`FailureLimiter` counts in this process (one worker); `RedisLimiter` counts in Redis, shared by
every worker of a scaled-out service (`make_limiter` picks one from the settings).
"""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Taken:
    """The outcome of `take`: `wait` 0 when the attempt was counted (then `ticket` gives it
    back), otherwise the seconds until the key may try again."""

    wait: float
    ticket: str = ""


class Limiter(Protocol):
    max_failures: int
    window_s: float

    def take(self, key: str) -> Taken: ...

    def give_back(self, key: str, ticket: str) -> None: ...

    def clear(self, key: str) -> None: ...


class FailureLimiter:
    """In-process counter; `retry_after` and `fail` remain for callers that count afterwards."""

    def __init__(
        self, max_failures: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[tuple[float, str]]] = {}
        self._lock = threading.Lock()
        self._tickets = itertools.count(1)

    def _trim(self, key: str, now: float) -> deque[tuple[float, str]]:
        stamps = self._failures.setdefault(key, deque())
        while stamps and now - stamps[0][0] >= self.window_s:
            stamps.popleft()
        return stamps

    def _wait(self, key: str, now: float) -> float:
        stamps = self._trim(key, now)
        if len(stamps) >= self.max_failures:
            return self.window_s - (now - stamps[0][0])
        if not stamps:
            self._failures.pop(key, None)
        return 0.0

    def take(self, key: str) -> Taken:
        now = self._clock()
        with self._lock:
            wait = self._wait(key, now)
            if wait > 0:
                return Taken(wait)
            ticket = str(next(self._tickets))
            self._trim(key, now).append((now, ticket))
        return Taken(0.0, ticket)

    def give_back(self, key: str, ticket: str) -> None:
        with self._lock:
            stamps = self._failures.get(key)
            if stamps is None:
                return
            kept = deque(s for s in stamps if s[1] != ticket)
            if kept:
                self._failures[key] = kept
            else:
                self._failures.pop(key, None)

    def retry_after(self, *keys: str) -> float:
        """Seconds until any of `keys` may try again; 0 when all may try now."""
        now = self._clock()
        with self._lock:
            return max((self._wait(key, now) for key in keys), default=0.0)

    def fail(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                self._trim(key, now).append((now, ""))

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


# Trim, check and record in one step on the Redis server: KEYS[1] is a sorted set of attempt
# tickets scored by the server's clock in microseconds.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
return 0
"""


class RedisLimiter:
    """The same counter in Redis, so every worker sees every attempt."""

    def __init__(self, client: Any, name: str, max_failures: int, window_s: float) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._client = client
        self._prefix = f"lexkiosk:limit:{name}:"
        self._take = client.register_script(_TAKE)

    def take(self, key: str) -> Taken:
        ticket = secrets.token_hex(8)
        window_us = int(self.window_s * 1_000_000)
        wait_us = int(
            self._take(keys=[self._prefix + key], args=[window_us, self.max_failures, ticket])
        )
        if wait_us > 0:
            return Taken(max(wait_us / 1_000_000, 0.001))
        return Taken(0.0, ticket)

    def give_back(self, key: str, ticket: str) -> None:
        self._client.zrem(self._prefix + key, ticket)

    def clear(self, key: str) -> None:
        self._client.delete(self._prefix + key)


def make_limiter(
    redis_client: Any | None, name: str, max_failures: int, window_s: float
) -> Limiter:
    """Shared through Redis when the service has one, otherwise in this process."""
    if redis_client is None:
        return FailureLimiter(max_failures, window_s)
    return RedisLimiter(redis_client, name, max_failures, window_s)


def redis_client(url: str | None) -> Any | None:
    """A synchronous Redis client for the limiters (their callers run in worker threads)."""
    if url is None:
        return None
    import redis

    return redis.Redis.from_url(url)
