"""An organisation's own routing: the regions it takes sessions of each kind from."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import SessionRouteIn
from central.journal import chain as journal
from central.models import Organisation
from central.sessions.models import ServedRegion


def served_regions(session: Session, org: Organisation) -> list[SessionRouteIn]:
    rows = session.scalars(
        select(ServedRegion)
        .where(ServedRegion.organisation_id == org.id)
        .order_by(ServedRegion.kind, ServedRegion.region_code)
    )
    return [SessionRouteIn(kind=r.kind, region_code=r.region_code) for r in rows]


def set_served_regions(
    session: Session, org: Organisation, routes: list[SessionRouteIn], actor: str
) -> list[SessionRouteIn]:
    """Replace the organisation's list; a kind left out falls back to its own region."""
    session.execute(delete(ServedRegion).where(ServedRegion.organisation_id == org.id))
    for kind, region in sorted({(r.kind, r.region_code) for r in routes}):
        session.add(ServedRegion(organisation_id=org.id, kind=kind, region_code=region))
    journal.append(
        session,
        actor,
        "sessions.served_regions",
        f"organisation:{org.code}",
        {"routes": sorted(f"{r.kind}:{r.region_code}" for r in routes)},
    )
    session.flush()
    return served_regions(session, org)
