"""Targets per site: set by an organisation for its own reports and those below it.

For a report of organisation O and a site S, the nearest organisation on the way from O up
to the root that has a target for S or for "*" sets it; at one organisation, S's own target
beats "*".
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import TargetIn, TargetOut
from central.clock import utcnow
from central.journal import chain as journal
from central.models import Organisation, ReportTarget

DEFAULT_SITE = "*"


def ancestors(session: Session, org_id: int) -> list[int]:
    """The organisation, its parent, ... up to the root."""
    parents: dict[int, int | None] = {
        org_id: parent
        for org_id, parent in session.execute(select(Organisation.id, Organisation.parent_id))
    }
    chain: list[int] = []
    current: int | None = org_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def set_target(session: Session, org: Organisation, body: TargetIn, actor: str) -> ReportTarget:
    row = session.scalars(
        select(ReportTarget).where(
            ReportTarget.organisation_id == org.id, ReportTarget.site == body.site
        )
    ).one_or_none()
    if row is None:
        row = ReportTarget(organisation_id=org.id, site=body.site)
        session.add(row)
    row.requests_per_month = body.requests_per_month
    row.median_handling_hours = body.median_handling_hours
    row.satisfaction_min = body.satisfaction_min
    row.uptime_min = body.uptime_min
    row.updated_at = utcnow()
    row.updated_by = actor
    session.flush()
    journal.append(session, actor, "report.target", f"organisation:{org.code}", body.model_dump())
    return row


def target_in(row: ReportTarget) -> TargetIn:
    return TargetIn(
        site=row.site,
        requests_per_month=row.requests_per_month,
        median_handling_hours=row.median_handling_hours,
        satisfaction_min=row.satisfaction_min,
        uptime_min=row.uptime_min,
    )


def target_out(row: ReportTarget, org_code: str) -> TargetOut:
    return TargetOut(
        **target_in(row).model_dump(),
        organisation=org_code,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def applicable(session: Session, org_id: int) -> list[tuple[ReportTarget, str]]:
    """Targets of the organisation and those above it, nearest first, with the setter's code."""
    chain = ancestors(session, org_id)
    rows = [
        (row, code)
        for row, code in session.execute(
            select(ReportTarget, Organisation.code)
            .join(Organisation, Organisation.id == ReportTarget.organisation_id)
            .where(ReportTarget.organisation_id.in_(chain))
        )
    ]
    depth = {org: n for n, org in enumerate(chain)}
    return sorted(
        rows, key=lambda r: (depth[r[0].organisation_id], r[0].site == DEFAULT_SITE, r[0].site)
    )


class TargetBook:
    """Resolves the target for each site from `applicable` rows."""

    def __init__(self, rows: list[tuple[ReportTarget, str]]) -> None:
        self._rows = rows

    def for_site(self, site: str) -> tuple[TargetIn, str] | None:
        for row, code in self._rows:  # nearest organisation first, its own site before "*"
            if row.site in (site, DEFAULT_SITE):
                return target_in(row), code
        return None
