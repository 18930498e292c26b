"""Terminal uptime, credited by heartbeats: each heartbeat stands for the time since the
terminal's previous one, capped at the interval terminals are told to keep. A terminal that
went silent is credited nothing for the gap. With several workers each sees every other
beat of a terminal; the cap keeps their sum right.

The ledger lives in memory beside the heartbeat write-behind (central.fleet.heartbeat_writer) and
is added to `kiosk_uptime` in the same flush, one upsert per terminal and day.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from central.models import KioskUptime
from central.reports.periods import CHINA

Credits = dict[tuple[int, date], float]
_CHINA_OFFSET = timedelta(hours=8)


def split_by_day(start: datetime, end: datetime) -> list[tuple[date, float]]:
    """Seconds of [start, end) on each China-time day it touches."""
    out = []
    local, stop = start.astimezone(CHINA), end.astimezone(CHINA)
    while local < stop:
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), CHINA)
        upto = min(midnight, stop)
        out.append((local.date(), (upto - local).total_seconds()))
        local = upto
    return out


class UptimeLedger:
    """Online seconds per terminal and day, not yet written."""

    def __init__(self, beat_s: float) -> None:
        self._cap = timedelta(seconds=beat_s)
        self._last: dict[int, datetime] = {}
        self._pending: Credits = {}
        self._lock = threading.Lock()

    def credit(self, kiosk_id: int, seen: datetime) -> None:
        """Credit one heartbeat received at `seen` (aware, UTC: central.clock.utcnow)."""
        with self._lock:
            previous = self._last.get(kiosk_id)
            if previous is not None and seen <= previous:
                return
            self._last[kiosk_id] = seen
            span = self._cap if previous is None else min(self._cap, seen - previous)
            local = seen + _CHINA_OFFSET  # naive arithmetic: the hot path stays cheap
            if (local - span).date() == local.date():
                key = (kiosk_id, local.date())
                self._pending[key] = self._pending.get(key, 0.0) + span.total_seconds()
                return
            for day, seconds in split_by_day(seen - span, seen):
                key = (kiosk_id, day)
                self._pending[key] = self._pending.get(key, 0.0) + seconds

    def take(self) -> Credits:
        with self._lock:
            taken, self._pending = self._pending, {}
        return taken

    def give_back(self, credits: Credits) -> None:
        """A failed write: keep the seconds for the next flush."""
        with self._lock:
            for key, seconds in credits.items():
                self._pending[key] = self._pending.get(key, 0.0) + seconds


def add_credits(connection: Connection, credits: Credits) -> None:
    """Add the seconds to `kiosk_uptime`, creating rows as needed (SQLite and PostgreSQL)."""
    if not credits:
        return
    rows = [{"kiosk_id": k, "day": d, "online_s": s} for (k, d), s in sorted(credits.items())]
    table: Any = KioskUptime.__table__
    dialect = sqlite if connection.dialect.name == "sqlite" else postgresql
    insert = dialect.insert(table)
    statement = insert.on_conflict_do_update(
        index_elements=["kiosk_id", "day"],
        set_={"online_s": table.c.online_s + insert.excluded.online_s},
    )
    connection.execute(statement, rows)
