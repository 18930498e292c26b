"""The heartbeat hot path: one thread hop, one session, a handful of indexed queries.

Every terminal reports every few seconds to minutes, so this is where the service spends
its time. The route hands this function the token and body; authentication, the state
update and the two hints in the reply (config version in force, commands waiting) happen in
one transaction on one pool thread.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from api_client.schemas import Heartbeat, HeartbeatAck
from central.clock import utcnow
from central.configs import region_ancestors
from central.db import Database
from central.models import ConfigVersion, Kiosk, KioskCommand, Organisation
from central.security import sha256_hex


class OrgTree:
    """Each organisation's ancestors and region, re-read at most every `ttl_s` seconds.

    Organisations change rarely; a config hint that lags a new organisation by seconds is
    harmless (the terminal fetches again at its next heartbeat).
    """

    def __init__(self, ttl_s: float = 30.0) -> None:
        self._ttl_s = ttl_s
        self._loaded_at = -1e9
        self._lock = threading.Lock()
        self._chains: dict[int, tuple[list[int], str]] = {}

    def lookup(self, session: Session, org_id: int | None) -> tuple[list[int], str | None]:
        if org_id is None:
            return [], None
        with self._lock:
            if time.monotonic() - self._loaded_at > self._ttl_s or org_id not in self._chains:
                self._reload(session)
            chain = self._chains.get(org_id)
        return chain if chain else ([], None)

    def _reload(self, session: Session) -> None:
        rows = session.execute(
            select(Organisation.id, Organisation.parent_id, Organisation.region_code)
        ).all()
        parents = {row.id: row.parent_id for row in rows}
        regions = {row.id: row.region_code for row in rows}
        chains = {}
        for org_id in parents:
            chain, current = [], org_id
            while current is not None and current not in chain:
                chain.append(current)
                current = parents.get(current)
            chains[org_id] = (chain, regions[org_id])
        self._chains, self._loaded_at = chains, time.monotonic()


def _hints(
    session: Session,
    kiosk_id: int,
    terminal_id: str,
    site: str,
    owners: list[int],
    region: str | None,
) -> tuple[int | None, int]:
    """Config version in force and commands waiting, in one round trip."""
    addressed = [
        ConfigVersion.target_kind == "all",
        and_(ConfigVersion.target_kind == "terminal", ConfigVersion.target == terminal_id),
        and_(ConfigVersion.target_kind == "site", ConfigVersion.target == site),
    ]
    if region:
        addressed.append(
            and_(
                ConfigVersion.target_kind == "region",
                ConfigVersion.target.in_(region_ancestors(region)),
            )
        )
    scope = or_(ConfigVersion.organisation_id.is_(None), ConfigVersion.organisation_id.in_(owners))
    version = select(func.max(ConfigVersion.id)).where(or_(*addressed), scope).scalar_subquery()
    pending = (
        select(func.count())
        .where(KioskCommand.kiosk_id == kiosk_id, KioskCommand.state.in_(("queued", "sent")))
        .scalar_subquery()
    )
    row = session.execute(select(version, pending)).one()
    return row[0], row[1] or 0


def beat(
    database: Database, token: str, body: Heartbeat, next_s: float, tree: OrgTree
) -> HeartbeatAck | None:
    """Record one heartbeat; None when the token is unknown or revoked.

    Core statements, not ORM objects: an UPDATE ... RETURNING both authenticates and records.
    """
    digest = sha256_hex(token)
    now = utcnow()
    with database.session() as session:
        row = session.execute(
            update(Kiosk)
            .where(
                or_(Kiosk.token_sha256 == digest, Kiosk.previous_token_sha256 == digest),
                Kiosk.revoked_at.is_(None),
            )
            .values(
                last_seen=now,
                app_version=body.app_version,
                devices=[d.model_dump() for d in body.devices],
            )
            .returning(
                Kiosk.id,
                Kiosk.terminal_id,
                Kiosk.site,
                Kiosk.organisation_id,
                Kiosk.token_sha256,
                Kiosk.previous_token_sha256,
            )
            .execution_options(synchronize_session=False)
        ).one_or_none()
        if row is None:
            return None
        if row.previous_token_sha256 is not None and row.token_sha256 == digest:
            session.execute(  # the new token arrived: retire the old one (see fleet.rotate_token)
                update(Kiosk)
                .where(Kiosk.id == row.id)
                .values(previous_token_sha256=None)
                .execution_options(synchronize_session=False)
            )
        owners, region = tree.lookup(session, row.organisation_id)
        version, pending = _hints(session, row.id, row.terminal_id, row.site, owners, region)
    return HeartbeatAck(
        server_time=now,
        next_heartbeat_s=next_s,
        config_version=version,
        pending_commands=pending,
    )
