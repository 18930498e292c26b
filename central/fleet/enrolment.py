"""Fleet rules: enrolment codes, enrolment, heartbeats, online/offline, rotation, revocation.

No HTTP here.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from api_client.schemas import EnrolRequest
from central.auth.tokens import new_device_token, new_enrol_code, sha256_hex
from central.clock import as_utc, utcnow
from central.journal import chain as journal
from central.models import EnrolCode, Kiosk, Organisation
from central.requests.numbers import RESERVED_TERMINAL_IDS


class FleetError(Exception):
    """A fleet rule refused the request; the message is safe to show the caller."""


def issue_enrol_code(
    session: Session,
    site: str | None,
    ttl: timedelta,
    organisation_id: int,
    actor: str = "cli",
    kiosk: Kiosk | None = None,
) -> str:
    return issue_enrol_code_until(session, site, ttl, organisation_id, actor, kiosk)[0]


def issue_enrol_code_until(
    session: Session,
    site: str | None,
    ttl: timedelta,
    organisation_id: int,
    actor: str = "cli",
    kiosk: Kiosk | None = None,
) -> tuple[str, datetime]:
    """A new one-time code for a terminal of `organisation_id`, and when it expires; only its
    SHA-256 is stored. With `kiosk`, a re-enrolment code: it enrols that terminal only (a new
    disk, a replaced board), which must belong to `organisation_id` and not be revoked."""
    if kiosk is not None:
        if kiosk.revoked_at is not None:
            raise FleetError(
                f"terminal {kiosk.terminal_id} is revoked and stays revoked; "
                "enrol the device again under a new terminal id"
            )
        if kiosk.organisation_id != organisation_id:
            raise FleetError(
                f"terminal {kiosk.terminal_id} belongs to another organisation; "
                "a re-enrolment code keeps the terminal's owner"
            )
    code = new_enrol_code()
    now = utcnow()
    session.add(
        EnrolCode(
            code_sha256=sha256_hex(code),
            site=site,
            organisation_id=organisation_id,
            created_at=now,
            expires_at=now + ttl,
            # An unused code naming a terminal is a re-enrolment code for it; a used code
            # names the terminal it enrolled.
            kiosk_id=kiosk.id if kiosk is not None else None,
        )
    )
    payload = {"site": site, "organisation_id": organisation_id, "ttl_s": ttl.total_seconds()}
    subject = f"site:{site or '*'}"
    if kiosk is not None:
        payload["terminal_id"] = kiosk.terminal_id
        subject = f"kiosk:{kiosk.terminal_id}"
    journal.append(session, actor, "kiosk.enrol_code", subject, payload)
    return code, now + ttl


def _spendable(session: Session, request: EnrolRequest) -> EnrolCode:
    row = session.scalars(
        select(EnrolCode).where(EnrolCode.code_sha256 == sha256_hex(request.code))
    ).one_or_none()
    if row is None or row.used_at is not None or as_utc(row.expires_at) < utcnow():
        raise FleetError("the enrolment code is unknown, already used or expired")
    if row.organisation_id is None:
        raise FleetError(
            "this enrolment code names no organisation; ask for a new code from the "
            "organisation that will own the terminal"
        )
    if row.site is not None and row.site != request.site:
        raise FleetError(f"this enrolment code is for site {row.site!r}")
    if request.terminal_id in RESERVED_TERMINAL_IDS:
        raise FleetError(
            f"terminal id {request.terminal_id} is reserved for the central service's own "
            "tracking numbers; choose another"
        )
    return row


def _check_target(session: Session, row: EnrolCode, terminal_id: str) -> Kiosk | None:
    """The terminal the code may (re-)enrol: a new one for a plain code, exactly the named
    one for a re-enrolment code. An existing terminal is never moved, revived or taken over."""
    kiosk = session.scalars(select(Kiosk).where(Kiosk.terminal_id == terminal_id)).one_or_none()
    target = session.get(Kiosk, row.kiosk_id) if row.kiosk_id is not None else None
    if kiosk is None:
        if target is not None:
            raise FleetError(f"this code re-enrols terminal {target.terminal_id} only")
        return None
    if kiosk.revoked_at is not None:
        raise FleetError(
            f"terminal {terminal_id} is revoked and stays revoked; "
            "enrol the device under a new terminal id"
        )
    if target is None or target.id != kiosk.id or kiosk.organisation_id != row.organisation_id:
        raise FleetError(
            f"terminal {terminal_id} is already enrolled; to replace it, its owner issues a "
            "re-enrolment code for this terminal"
        )
    return kiosk


def enrol(session: Session, request: EnrolRequest) -> tuple[Kiosk, str]:
    """Spend a one-time code; return the kiosk and its new device token (shown once)."""
    row = _spendable(session, request)
    kiosk = _check_target(session, row, request.terminal_id)
    now = utcnow()
    token = new_device_token()
    if kiosk is None:
        kiosk = Kiosk(terminal_id=request.terminal_id, devices=[])
        kiosk.organisation_id = row.organisation_id
        session.add(kiosk)
    # Re-enrolling a terminal (new disk, replaced board) rotates its token; the owner stays.
    kiosk.site = request.site
    kiosk.token_sha256 = sha256_hex(token)
    kiosk.previous_token_sha256 = None
    kiosk.enrolled_at = now
    session.flush()
    row.used_at = now
    row.kiosk_id = kiosk.id
    journal.append(
        session,
        f"kiosk:{kiosk.terminal_id}",
        "kiosk.enrol",
        f"kiosk:{kiosk.terminal_id}",
        {"site": kiosk.site, "organisation_id": kiosk.organisation_id},
    )
    return kiosk, token


def assign(session: Session, kiosk: Kiosk, organisation: Organisation, actor: str) -> None:
    """Give a terminal enrolled without an owner (before codes had to name one) to
    `organisation`. Terminals that have an owner are never moved this way."""
    if kiosk.organisation_id is not None:
        current = session.get(Organisation, kiosk.organisation_id)
        raise FleetError(
            f"terminal {kiosk.terminal_id} already belongs to "
            f"{current.code if current else kiosk.organisation_id}; only terminals without an "
            "owner are assigned"
        )
    kiosk.organisation_id = organisation.id
    journal.append(
        session,
        actor,
        "kiosk.assign",
        f"kiosk:{kiosk.terminal_id}",
        {"organisation": organisation.code},
    )


def kiosk_for_token(session: Session, token: str) -> Kiosk | None:
    digest = sha256_hex(token)
    kiosk = session.scalars(
        select(Kiosk).where(
            or_(Kiosk.token_sha256 == digest, Kiosk.previous_token_sha256 == digest)
        )
    ).one_or_none()
    if kiosk is None or kiosk.revoked_at is not None:
        return None
    if kiosk.token_sha256 == digest and kiosk.previous_token_sha256 is not None:
        kiosk.previous_token_sha256 = None  # the new token arrived: retire the old one
    return kiosk


def rotate_token(session: Session, kiosk: Kiosk) -> str:
    token = new_device_token()
    kiosk.previous_token_sha256 = kiosk.token_sha256
    kiosk.token_sha256 = sha256_hex(token)
    actor = f"kiosk:{kiosk.terminal_id}"
    journal.append(session, actor, "kiosk.rotate_token", actor)
    return token


def kiosk_by_terminal_id(session: Session, terminal_id: str) -> Kiosk:
    kiosk = session.scalars(select(Kiosk).where(Kiosk.terminal_id == terminal_id)).one_or_none()
    if kiosk is None:
        raise FleetError(f"no terminal {terminal_id!r} is enrolled")
    return kiosk


def revoke(session: Session, kiosk: Kiosk, actor: str) -> None:
    """Refuse the terminal's tokens from now on, for good: no code enrols it again."""
    if kiosk.revoked_at is None:
        kiosk.revoked_at = utcnow()
    kiosk.previous_token_sha256 = None
    journal.append(session, actor, "kiosk.revoke", f"kiosk:{kiosk.terminal_id}")


@dataclass(frozen=True)
class KioskView:
    terminal_id: str
    site: str
    online: bool
    last_seen: datetime | None
    devices: list[dict[str, str]]
    revoked: bool
    organisation: str | None = None
    region_code: str | None = None
    app_version: str | None = None
    config_version: int | None = None
    health: dict[str, Any] | None = None  # the last heartbeat's figures (central.fleet.alerts)


def list_kiosks(
    session: Session,
    offline_after: timedelta,
    organisation_ids: Collection[int | None] | None = None,
) -> list[KioskView]:
    """Every terminal, or those owned by `organisation_ids`, with its derived online state."""
    now = utcnow()
    query = (
        select(Kiosk, Organisation)
        .join(Organisation, Kiosk.organisation_id == Organisation.id, isouter=True)
        .order_by(Kiosk.terminal_id)
    )
    if organisation_ids is not None:
        owners = [i for i in organisation_ids if i is not None]
        owned: ColumnElement[bool] = Kiosk.organisation_id.in_(owners)
        if None in organisation_ids:
            owned = or_(owned, Kiosk.organisation_id.is_(None))
        query = query.where(owned)
    views = []
    for kiosk, org in session.execute(query):
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
                org.code if org else None,
                org.region_code if org else None,
                kiosk.app_version,
                kiosk.config_version,
                dict(kiosk.health) if kiosk.health else None,
            )
        )
    return views
