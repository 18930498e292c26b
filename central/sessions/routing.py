"""Which organisations and which staff a session goes to.

Sessions go to the organisations that serve the terminal's region, like appointments: an
organisation serves its own region and what lies below it (150100 covers 150102), unless it
lists the regions it serves for a kind (`ServedRegion`), which then replace its own. Legal-aid
interviews go only to legal-aid centres. Staff of the kind's role in those organisations may
take it; only those who set themselves available count for waits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import SessionKind
from central.models import Organisation, Staff
from central.sessions.models import ServedRegion, StaffPresence

ROLE_FOR_KIND: Final[dict[str, str]] = {
    "notarisation": "notary",
    "consultation": "lawyer",
    "legal_aid": "clerk",
    "mediation": "mediator",
}
ORG_KINDS_FOR_KIND: Final[dict[str, frozenset[str] | None]] = {
    "notarisation": None,  # any organisation with notaries
    "consultation": None,
    "legal_aid": frozenset({"legal_aid_centre"}),
    "mediation": None,  # any organisation with mediators (a township committee)
}


def covers(region_code: str, terminal_region: str) -> bool:
    """Whether a region (province 150000, city 150100, district 150102) contains another."""
    prefix = region_code
    while prefix.endswith("00") and len(prefix) > 2:
        prefix = prefix[:-2]
    return terminal_region.startswith(prefix)


def routed_organisations(
    session: Session, kind: SessionKind, terminal_region: str
) -> list[Organisation]:
    """The organisations serving `terminal_region` for `kind`, nearest (narrowest) first."""
    kinds = ORG_KINDS_FOR_KIND[kind]
    served: dict[int, list[str]] = {}
    for row in session.scalars(select(ServedRegion).where(ServedRegion.kind == kind)):
        served.setdefault(row.organisation_id, []).append(row.region_code)
    chosen = []
    for org in session.scalars(select(Organisation).order_by(Organisation.id)):
        if kinds is not None and org.kind not in kinds:
            continue
        regions = served.get(org.id, [org.region_code])
        if any(covers(region, terminal_region) for region in regions):
            chosen.append(org)
    return sorted(chosen, key=lambda o: -len(o.region_code.rstrip("0")))


def may_take(staff: Staff, kind: str) -> bool:
    return staff.disabled_at is None and ROLE_FOR_KIND[kind] in staff.roles


def eligible_staff(session: Session, kind: str, org_ids: Iterable[int]) -> list[Staff]:
    ids = list(org_ids)
    if not ids:
        return []
    rows = session.scalars(select(Staff).where(Staff.organisation_id.in_(ids)))
    return [s for s in rows if may_take(s, kind)]


def presence_of(session: Session, staff_ids: Iterable[int]) -> dict[int, StaffPresence]:
    ids = list(staff_ids)
    if not ids:
        return {}
    rows = session.scalars(select(StaffPresence).where(StaffPresence.staff_id.in_(ids)))
    return {row.staff_id: row for row in rows}


def available_staff(session: Session, kind: str, org_ids: Iterable[int]) -> list[Staff]:
    staff = eligible_staff(session, kind, org_ids)
    presence = presence_of(session, (s.id for s in staff))
    return [s for s in staff if s.id in presence and presence[s.id].available]


def speaks(presence: StaffPresence | None, language: str) -> bool:
    return presence is not None and language in presence.languages
