"""Fleet rules: enrolment codes, enrolment, heartbeats, online/offline. No HTTP here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import EnrolRequest, Heartbeat
from central.models import EnrolCode, Kiosk
from central.security import new_device_token, new_enrol_code, sha256_hex


class FleetError(Exception):
    """A fleet rule refused the request; the message is safe to show the caller."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def issue_enrol_code(session: Session, site: str | None, ttl: timedelta) -> str:
    code = new_enrol_code()
    now = utcnow()
    session.add(
        EnrolCode(code_sha256=sha256_hex(code), site=site, created_at=now, expires_at=now + ttl)
    )
    return code


def enrol(session: Session, request: EnrolRequest) -> tuple[Kiosk, str]:
    """Spend a one-time code; return the kiosk and its new device token (shown once)."""
    row = session.scalars(
        select(EnrolCode).where(EnrolCode.code_sha256 == sha256_hex(request.code))
    ).one_or_none()
    now = utcnow()
    if row is None or row.used_at is not None or as_utc(row.expires_at) < now:
        raise FleetError("the enrolment code is unknown, already used or expired")
    if row.site is not None and row.site != request.site:
        raise FleetError(f"this enrolment code is for site {row.site!r}")
    token = new_device_token()
    kiosk = session.scalars(
        select(Kiosk).where(Kiosk.terminal_id == request.terminal_id)
    ).one_or_none()
    if kiosk is None:
        kiosk = Kiosk(terminal_id=request.terminal_id, devices=[])
        session.add(kiosk)
    # Re-enrolling a terminal (new disk, replaced board) rotates its token.
    kiosk.site = request.site
    kiosk.token_sha256 = sha256_hex(token)
    kiosk.enrolled_at = now
    kiosk.revoked_at = None
    session.flush()
    row.used_at = now
    row.kiosk_id = kiosk.id
    return kiosk, token


def kiosk_for_token(session: Session, token: str) -> Kiosk | None:
    kiosk = session.scalars(
        select(Kiosk).where(Kiosk.token_sha256 == sha256_hex(token))
    ).one_or_none()
    if kiosk is None or kiosk.revoked_at is not None:
        return None
    return kiosk


def record_heartbeat(kiosk: Kiosk, beat: Heartbeat) -> None:
    kiosk.last_seen = utcnow()
    kiosk.app_version = beat.app_version
    kiosk.devices = [d.model_dump() for d in beat.devices]


@dataclass(frozen=True)
class KioskView:
    terminal_id: str
    site: str
    online: bool
    last_seen: datetime | None
    devices: list[dict[str, str]]
    revoked: bool


def list_kiosks(session: Session, offline_after: timedelta) -> list[KioskView]:
    now = utcnow()
    views = []
    for kiosk in session.scalars(select(Kiosk).order_by(Kiosk.terminal_id)):
        seen = as_utc(kiosk.last_seen) if kiosk.last_seen else None
        online = seen is not None and now - seen <= offline_after and kiosk.revoked_at is None
        views.append(
            KioskView(
                kiosk.terminal_id,
                kiosk.site,
                online,
                seen,
                list(kiosk.devices or []),
                kiosk.revoked_at is not None,
            )
        )
    return views
