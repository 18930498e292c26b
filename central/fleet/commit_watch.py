"""Tell the heartbeat caches what this worker's sessions changed, once the change is committed.

A listener on the database's session factory notes, at each flush, which kinds of rows were
written and which kiosks were touched; after the commit the caches drop what is now wrong.
Changes that bypass the ORM unit of work (Core UPDATEs) are not seen here: the periodic
reload and the journal poll (central.fleet.heartbeat_tasks) cover them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from central.db import Database
from central.fleet.device_cache import DeviceCache
from central.fleet.hints import FleetHints
from central.models import ConfigVersion, Kiosk, KioskCommand, Organisation

_HINT_MODELS = (ConfigVersion, KioskCommand, Organisation, Kiosk)
_KEY = "lexkiosk.heartbeat_changes"


def watch_commits(database: Database, devices: DeviceCache, hints: FleetHints) -> None:
    factory = database.sessions

    @event.listens_for(factory, "after_flush")
    def _noted(session: Session, _context: Any) -> None:
        changes: dict[str, Any] = session.info.setdefault(_KEY, {"hints": False, "kiosks": set()})
        for obj in (*session.new, *session.dirty, *session.deleted):
            if isinstance(obj, _HINT_MODELS):
                changes["hints"] = True
            if isinstance(obj, Kiosk) and obj.id is not None:
                changes["kiosks"].add(obj.id)

    @event.listens_for(factory, "after_commit")
    def _committed(session: Session) -> None:
        changes = session.info.pop(_KEY, None)
        if not changes:
            return
        if changes["kiosks"]:
            devices.forget_kiosks(changes["kiosks"])
        if changes["hints"]:
            hints.mark_stale()

    @event.listens_for(factory, "after_rollback")
    def _rolled_back(session: Session) -> None:
        session.info.pop(_KEY, None)
