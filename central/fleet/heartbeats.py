"""The heartbeat hot path: memory only when it can, one thread hop when it must.

Every terminal reports every few seconds to minutes, so this is where the service spends
its time. A known token (central.fleet.device_cache) with fresh hints (central.fleet.hints) is
answered in the event loop, and its state is queued for the write-behind flusher
(central.fleet.heartbeat_writer). An unknown token, a token being rotated, or stale hints take
one trip to a pool thread (`beat_slow`), which reads the database and refills the caches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update

from api_client.schemas import Heartbeat, HeartbeatAck
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.fleet.device_cache import DeviceCache, DeviceIdentity
from central.fleet.heartbeat_writer import HeartbeatWriter
from central.fleet.hints import FleetHints
from central.models import Kiosk


@dataclass(frozen=True)
class Answered:
    """A heartbeat's answer and the terminal it came from (for the staff's live view)."""

    ack: HeartbeatAck
    who: DeviceIdentity


@dataclass
class HeartbeatService:
    database: Database
    devices: DeviceCache
    hints: FleetHints
    writer: HeartbeatWriter
    next_s: float

    def beat_fast(self, digest: str, body: Heartbeat) -> Answered | None:
        """The answer from memory, or None when `beat_slow` must run."""
        if self.hints.stale:
            return None
        who = self.devices.get(digest)
        if who is None:
            return None
        return self._answer(who, body, utcnow())

    def beat_slow(self, digest: str, body: Heartbeat) -> Answered | None:
        """On a pool thread: authenticate against the database; None when unknown or revoked."""
        generation = self.devices.generation
        who = self.devices.get(digest)
        if who is None:
            who, current = self._authenticate(digest)
            if who is None:
                return None
            if current:  # a previous token is never cached: its first refusal must be exact
                self.devices.put(digest, who, generation)
        if self.hints.stale:
            with self.database.session() as session:
                self.hints.reload(session)
        return self._answer(who, body, utcnow())

    def prewarm(self) -> int:
        """Cache every usable current token, so a restart does not send each terminal's next
        heartbeat to the database. Kiosks mid-rotation are left to `beat_slow` (it retires
        the previous token). The number of tokens cached."""
        generation = self.devices.generation
        with self.database.session() as session:
            rows = session.execute(
                select(
                    Kiosk.id,
                    Kiosk.terminal_id,
                    Kiosk.site,
                    Kiosk.organisation_id,
                    Kiosk.token_sha256,
                ).where(Kiosk.revoked_at.is_(None), Kiosk.previous_token_sha256.is_(None))
            ).all()
        for row in rows:
            who = DeviceIdentity(row.id, row.terminal_id, row.site, row.organisation_id)
            self.devices.put(row.token_sha256, who, generation)
        return len(rows)

    def _authenticate(self, digest: str) -> tuple[DeviceIdentity | None, bool]:
        with self.database.session() as session:
            row = session.execute(
                select(
                    Kiosk.id,
                    Kiosk.terminal_id,
                    Kiosk.site,
                    Kiosk.organisation_id,
                    Kiosk.token_sha256,
                    Kiosk.previous_token_sha256,
                ).where(
                    or_(Kiosk.token_sha256 == digest, Kiosk.previous_token_sha256 == digest),
                    Kiosk.revoked_at.is_(None),
                )
            ).one_or_none()
            if row is None:
                return None, False
            current = row.token_sha256 == digest
            if current and row.previous_token_sha256 is not None:
                session.execute(  # the new token arrived: retire the old one (fleet.rotate_token)
                    update(Kiosk)
                    .where(Kiosk.id == row.id)
                    .values(previous_token_sha256=None)
                    .execution_options(synchronize_session=False)
                )
        return DeviceIdentity(row.id, row.terminal_id, row.site, row.organisation_id), current

    def _answer(self, who: DeviceIdentity, body: Heartbeat, now: datetime) -> Answered:
        health = {  # what central.fleet.alerts reads back: the skew as seen on arrival
            "clock_skew_s": round((body.sent_at - now).total_seconds(), 3),
            "outbox_backlog": body.outbox_backlog,
            "disk_free_percent": body.disk_free_percent,
        }
        self.writer.record(
            who.kiosk_id, now, body.app_version, [d.model_dump() for d in body.devices], health
        )
        version, pending = self.hints.for_kiosk(who)
        ack = HeartbeatAck(
            server_time=now,
            next_heartbeat_s=self.next_s,
            config_version=version,
            pending_commands=pending,
        )
        return Answered(ack, who)


def heartbeat_event(who: DeviceIdentity, body: Heartbeat) -> dict[str, object]:
    """What staff watching the fleet receive: the terminal and its device states, no more."""
    return {
        "type": "heartbeat",
        "terminal_id": who.terminal_id,
        "site": who.site,
        "sent_at": body.sent_at.isoformat(),
        "app_version": body.app_version,
        "devices": [{"family": d.family, "status": d.status} for d in body.devices],
    }


def token_digest(token: str) -> str:
    return sha256_hex(token)
