"""Which failed logins the permanent journal records.

The journal is append-only and never pruned, so what an anonymous caller can make it hold
must be bounded by something other than how hard the caller tries:

- a failure for a username that names no account is not journaled at all (it is counted in
  the metric `lexkiosk_login_failures`, and the login limits slow the caller down);
- a failure for an existing account (wrong password, or the account is disabled) is journaled
  at most once per account per `every_s`, and that entry says how many failures of the account
  were left out since its previous entry. The journal then grows by at most one entry per
  account per interval, however many attempts are made.

In memory, per worker: behind several workers each may write its own entry per interval.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class FailedLoginJournal:
    def __init__(self, every_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self._clock = clock
        self._last: dict[str, float] = {}  # keyed by existing accounts only: bounded
        self._left_out: dict[str, int] = {}
        self._lock = threading.Lock()

    def admit(self, username: str) -> int | None:
        """None: leave this failure out of the journal. Otherwise journal it, saying how many
        failures of the account were left out before it."""
        now = self._clock()
        with self._lock:
            last = self._last.get(username)
            if last is not None and now - last < self.every_s:
                self._left_out[username] = self._left_out.get(username, 0) + 1
                return None
            self._last[username] = now
            return self._left_out.pop(username, 0)
