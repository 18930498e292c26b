"""Device-token hash -> kiosk identity, so a heartbeat authenticates without the database.

Entries are dropped when the kiosk's token or revocation changes: at once for changes
committed through this worker (central.fleet.commit_watch), within a poll of the journal for
changes made elsewhere (other workers, the CLI; see central.fleet.heartbeat_tasks), and after
`ttl_s` in any case. A lookup that raced with an invalidation is not cached (generation).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    kiosk_id: int
    terminal_id: str
    site: str
    organisation_id: int | None


class DeviceCache:
    def __init__(self, ttl_s: float) -> None:
        self._ttl_s = ttl_s
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[DeviceIdentity, float]] = {}
        self._digests: dict[str, set[str]] = {}  # terminal_id -> digests cached for it
        self._kiosks: dict[int, str] = {}  # kiosk_id -> terminal_id
        self.generation = 0

    def get(self, digest: str) -> DeviceIdentity | None:
        entry = self._entries.get(digest)
        if entry is None:
            return None
        if entry[1] < time.monotonic():
            self._entries.pop(digest, None)
            return None
        return entry[0]

    def put(self, digest: str, identity: DeviceIdentity, generation: int) -> None:
        """Cache unless something was invalidated since the caller read `generation`."""
        with self._lock:
            if generation != self.generation:
                return
            self._entries[digest] = (identity, time.monotonic() + self._ttl_s)
            self._digests.setdefault(identity.terminal_id, set()).add(digest)
            self._kiosks[identity.kiosk_id] = identity.terminal_id

    def forget_kiosks(self, kiosk_ids: set[int]) -> None:
        with self._lock:
            self.generation += 1
            for kiosk_id in kiosk_ids:
                terminal_id = self._kiosks.pop(kiosk_id, None)
                if terminal_id is not None:
                    self._drop(terminal_id)

    def forget_terminals(self, terminal_ids: set[str]) -> None:
        with self._lock:
            self.generation += 1
            for terminal_id in terminal_ids:
                self._drop(terminal_id)

    def _drop(self, terminal_id: str) -> None:
        for digest in self._digests.pop(terminal_id, set()):
            self._entries.pop(digest, None)

    def __len__(self) -> int:
        return len(self._entries)
