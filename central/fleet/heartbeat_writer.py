"""Write-behind of heartbeat state: last_seen, app_version and devices, batched by kiosk.

The heartbeat route records here in memory; a flusher (central.fleet.heartbeat_tasks) writes
every pending kiosk in one transaction about once a second and once more at shutdown.
Routes of this worker flush before they read (central.api.deps.get_session), so they see
every heartbeat already answered; other processes see the state within a flush interval.
The same flush adds the terminals' online seconds to `kiosk_uptime` (central.reports.uptime).
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, or_, update

from central.db import Database
from central.models import Kiosk
from central.reports.uptime import UptimeLedger, add_credits

_table = cast(Table, Kiosk.__table__)
# Never older over newer: another worker may have written a later heartbeat of the kiosk.
_WRITE = (
    update(_table)
    .where(
        _table.c.id == bindparam("kiosk_id"),
        or_(_table.c.last_seen.is_(None), _table.c.last_seen < bindparam("seen")),
    )
    .values(
        last_seen=bindparam("seen", type_=_table.c.last_seen.type),
        app_version=bindparam("version"),
        devices=bindparam("state", type_=_table.c.devices.type),
        health=bindparam("health", type_=_table.c.health.type),
    )
)


class HeartbeatWriter:
    def __init__(self, database: Database, uptime: UptimeLedger | None = None) -> None:
        self._database = database
        self._uptime = uptime
        self._pending: dict[int, dict[str, Any]] = {}
        self._flush_lock = threading.Lock()

    def record(
        self,
        kiosk_id: int,
        seen: datetime,
        app_version: str,
        devices: list[dict[str, str]],
        health: dict[str, float | int | None] | None = None,
    ) -> None:
        # One dict assignment: atomic under the GIL; the latest heartbeat of a kiosk wins.
        self._pending[kiosk_id] = {
            "kiosk_id": kiosk_id,
            "seen": seen,
            "version": app_version,
            "state": devices,
            "health": health,
        }
        if self._uptime is not None:
            self._uptime.credit(kiosk_id, seen)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> int:
        """Write what is pending in one transaction; the number of kiosks written."""
        if not self._pending:
            return 0
        with self._flush_lock:
            batch, self._pending = self._pending, {}
            if not batch:
                return 0
            credits = self._uptime.take() if self._uptime is not None else {}
            try:
                with self._database.session() as session:
                    session.connection().execute(_WRITE, list(batch.values()))
                    add_credits(session.connection(), credits)
            except BaseException:
                for kiosk_id, row in batch.items():  # keep newer values recorded meanwhile
                    self._pending.setdefault(kiosk_id, row)
                if self._uptime is not None:
                    self._uptime.give_back(credits)
                raise
            return len(batch)
