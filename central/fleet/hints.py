"""The two hints of a heartbeat reply from memory: config version in force, commands waiting.

`reload` reads the whole picture in three small queries (config versions grouped by target,
commands waiting grouped by kiosk, the organisation tree); it runs about once a second and
at once after this worker commits a change to configs, commands, organisations or kiosks
(`mark_stale`, from central.fleet.commit_watch). Another worker's change shows within a reload.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.fleet.configs import region_ancestors
from central.fleet.device_cache import DeviceIdentity
from central.models import ConfigVersion, KioskCommand, Organisation


@dataclass(frozen=True, slots=True)
class _Target:
    kind: str
    target: str | None
    organisation_id: int | None
    version: int


def _org_chains(session: Session) -> dict[int, tuple[list[int], str | None]]:
    rows = session.execute(
        select(Organisation.id, Organisation.parent_id, Organisation.region_code)
    ).all()
    parents = {row.id: row.parent_id for row in rows}
    regions = {row.id: row.region_code for row in rows}
    chains: dict[int, tuple[list[int], str | None]] = {}
    for org_id in parents:
        chain: list[int] = []
        current: int | None = org_id
        while current is not None and current not in chain:
            chain.append(current)
            current = parents.get(current)
        chains[org_id] = (chain, regions[org_id])
    return chains


class FleetHints:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        # One reload at a time: the background tick's reload and a heartbeat's could interleave,
        # and the one that read first (before a command was committed) stored last, leaving
        # the older picture in place with `stale` already cleared (a terminal told of no
        # waiting command; CI, test_heartbeat_tells_the_terminal_commands_wait)
        self._reloading = threading.Lock()
        self._stale = True
        self.loaded_at = -1e9
        self._targets: list[_Target] = []
        self._pending: dict[int, int] = {}
        self._chains: dict[int, tuple[list[int], str | None]] = {}
        self._versions: dict[tuple[str, str, int | None], int | None] = {}

    @property
    def stale(self) -> bool:
        return self._stale

    def mark_stale(self) -> None:
        self._stale = True

    def reload(self, session: Session) -> None:
        with self._reloading:
            self._reload(session)

    def _reload(self, session: Session) -> None:
        self._stale = False  # before reading: a change committed meanwhile marks it again
        targets = [
            _Target(row[0], row[1], row[2], row[3])
            for row in session.execute(
                select(
                    ConfigVersion.target_kind,
                    ConfigVersion.target,
                    ConfigVersion.organisation_id,
                    func.max(ConfigVersion.id),
                ).group_by(
                    ConfigVersion.target_kind, ConfigVersion.target, ConfigVersion.organisation_id
                )
            )
        ]
        pending = {
            row[0]: row[1]
            for row in session.execute(
                select(KioskCommand.kiosk_id, func.count())
                .where(KioskCommand.state.in_(("queued", "sent")))
                .group_by(KioskCommand.kiosk_id)
            )
        }
        chains = _org_chains(session)
        with self._lock:
            self._targets, self._pending, self._chains = targets, pending, chains
            self._versions = {}
            self.loaded_at = time.monotonic()

    def for_kiosk(self, who: DeviceIdentity) -> tuple[int | None, int]:
        key = (who.terminal_id, who.site, who.organisation_id)
        versions = self._versions
        if key in versions:
            version = versions[key]
        else:
            version = self._version(who)
            versions[key] = version
        return version, self._pending.get(who.kiosk_id, 0)

    def _version(self, who: DeviceIdentity) -> int | None:
        owners, region = (
            self._chains.get(who.organisation_id, ([], None))
            if who.organisation_id is not None
            else ([], None)
        )
        regions = set(region_ancestors(region)) if region else set()
        found: int | None = None
        for t in self._targets:
            if t.organisation_id is not None and t.organisation_id not in owners:
                continue
            addressed = (
                t.kind == "all"
                or (t.kind == "terminal" and t.target == who.terminal_id)
                or (t.kind == "site" and t.target == who.site)
                or (t.kind == "region" and t.target in regions)
            )
            if addressed and (found is None or t.version > found):
                found = t.version
        return found
