"""`/api/v1/reports/{period}/sessions`: the session figures of a supervisor report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status

from api_client.schemas import ReportPeriodName
from api_client.schemas.sessions import SessionFigures
from central.api.deps import AuditStaff, SessionDep
from central.api.problems import problems
from central.auth.staff import subtree_ids
from central.clock import utcnow
from central.reports.periods import PeriodError, china_today, period_for
from central.sessions.figures import session_figures

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])


@router.get("/{period}/sessions", responses=problems(s400="a date outside 2000-2099"))
def sessions_report(
    period: Annotated[ReportPeriodName, Path(description="weekly, monthly, quarterly, yearly")],
    staff: AuditStaff,
    session: SessionDep,
    day: Annotated[date | None, Query(alias="date", description="a day in the period")] = None,
) -> SessionFigures:
    """Sessions asked for in the period that were routed to your organisation or below."""
    now = utcnow()
    try:
        chosen = period_for(period, day or china_today(now))
    except PeriodError as err:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(err)) from None
    orgs = subtree_ids(session, staff.organisation_id)
    return session_figures(session, orgs, chosen.starts_at, chosen.ends_at, chosen.label)
