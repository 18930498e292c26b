"""Versioned configuration pushed to terminals. No HTTP here.

A version is addressed to all terminals, a region, a site or one terminal, always within the
pushing organisation's subtree. A terminal takes the newest version addressed to it; it
validates the document with its own schema and reports applied or refused. A refused version
changes nothing: the terminal keeps the one in force, and so does our record of it.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from api_client.schemas import REGION_CODE_PATTERN, TERMINAL_ID_PATTERN, ConfigPush, ConfigReport
from api_client.schemas.local_only import refusal
from central.clock import utcnow
from central.fleet import technicians
from central.journal import chain as journal
from central.models import ConfigReportRow, ConfigVersion, Kiosk, Organisation
from central.updates.errors import UpdateError
from central.updates.release_keys import with_release_keys

MAX_DOCUMENT_BYTES = 64 * 1024


class ConfigError(Exception):
    """A configuration rule refused the request; the message is safe to show the caller."""


def region_ancestors(region: str) -> list[str]:
    """150105 -> [150105, 150100, 150000]: the county, its city, its province."""
    found = [region]
    for keep in (4, 2):
        parent = region[:keep] + "0" * (6 - keep)
        if parent not in found:
            found.append(parent)
    return found


def org_ancestors(session: Session, org_id: int | None) -> list[int]:
    chain: list[int] = []
    while org_id is not None and org_id not in chain:
        chain.append(org_id)
        org_id = session.scalar(select(Organisation.parent_id).where(Organisation.id == org_id))
    return chain


def _check_target(body: ConfigPush) -> None:
    rules = {
        "all": (r"^$", "an empty target"),
        "region": (REGION_CODE_PATTERN, "a six-digit GB/T 2260 region code"),
        "site": (r"^.{1,64}$", "a site name of 1-64 characters"),
        "terminal": (TERMINAL_ID_PATTERN, "a terminal id of 3-12 capitals and digits"),
    }
    pattern, wanted = rules[body.target_kind]
    if not re.fullmatch(pattern, body.target):
        raise ConfigError(
            f"target {body.target!r} does not fit kind {body.target_kind}: use {wanted}"
        )


def push(
    session: Session, body: ConfigPush, organisation: Organisation | None, actor: str
) -> ConfigVersion:
    _check_target(body)
    refused = refusal(body.document)
    if refused is not None:
        raise ConfigError(refused)
    try:
        technicians.check_document(body.document)
        document = with_release_keys(session, body.document)
    except (technicians.TechnicianError, UpdateError) as err:
        raise ConfigError(str(err)) from None
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if len(canonical.encode()) > MAX_DOCUMENT_BYTES:
        raise ConfigError(f"the document is larger than {MAX_DOCUMENT_BYTES // 1024} KiB as JSON")
    if (
        body.target_kind == "region"
        and organisation is not None
        and organisation.region_code not in region_ancestors(body.target)
    ):
        raise ConfigError(
            f"region {body.target} is outside your organisation's region {organisation.region_code}"
        )
    version = ConfigVersion(
        target_kind=body.target_kind,
        target=body.target,
        organisation_id=organisation.id if organisation else None,
        document=document,
        sha256=journal.payload_hash(document),
        created_at=utcnow(),
        created_by=actor,
    )
    session.add(version)
    session.flush()
    journal.append(
        session,
        actor,
        "config.push",
        f"config:{version.id}",
        {"target_kind": body.target_kind, "target": body.target, "sha256": version.sha256},
    )
    return version


def _meant_for(session: Session, kiosk: Kiosk) -> list[ColumnElement[bool]]:
    """Versions addressed to this terminal by its own organisation (or those above it)."""
    owners = org_ancestors(session, kiosk.organisation_id)
    region = session.scalar(
        select(Organisation.region_code).where(Organisation.id == kiosk.organisation_id)
    )
    addressed = [
        ConfigVersion.target_kind == "all",
        and_(ConfigVersion.target_kind == "terminal", ConfigVersion.target == kiosk.terminal_id),
        and_(ConfigVersion.target_kind == "site", ConfigVersion.target == kiosk.site),
    ]
    if region:
        addressed.append(
            and_(
                ConfigVersion.target_kind == "region",
                ConfigVersion.target.in_(region_ancestors(region)),
            )
        )
    scope: ColumnElement[bool] = ConfigVersion.organisation_id.is_(None)
    if owners:
        scope = or_(scope, ConfigVersion.organisation_id.in_(owners))
    return [or_(*addressed), scope]


def effective_for(session: Session, kiosk: Kiosk) -> ConfigVersion | None:
    """The newest version addressed to this terminal, or None."""
    query = (
        select(ConfigVersion)
        .where(*_meant_for(session, kiosk))
        .order_by(ConfigVersion.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def report(session: Session, kiosk: Kiosk, body: ConfigReport) -> None:
    # Only a version meant for this terminal: another organisation's version, or one for
    # other terminals, is answered like a version that does not exist.
    version = session.scalars(
        select(ConfigVersion).where(ConfigVersion.id == body.version, *_meant_for(session, kiosk))
    ).first()
    if version is None:
        raise ConfigError(f"there is no configuration version {body.version} for this terminal")
    session.add(
        ConfigReportRow(
            kiosk_id=kiosk.id,
            version=version.id,
            outcome=body.outcome,
            detail=body.detail,
            at=utcnow(),
        )
    )
    if body.outcome == "applied":
        kiosk.config_version = version.id
    actor = f"kiosk:{kiosk.terminal_id}"
    journal.append(
        session, actor, f"config.{body.outcome}", f"config:{version.id}", {"detail": body.detail}
    )
