"""Supervisor reports as JSON or CSV, and the targets they are assessed against."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.responses import Response
from sqlalchemy.orm import Session

from api_client.schemas import (
    ORG_CODE_PATTERN,
    Report,
    ReportFormat,
    ReportPeriodName,
    TargetIn,
    TargetOut,
)
from central.api.deps import AuditStaff, SessionDep
from central.api.problems import problems
from central.api.scope import actor, organisation_in_scope
from central.clock import utcnow
from central.models import Organisation, Staff
from central.reports.build import build_report
from central.reports.csv_export import filename, to_csv
from central.reports.periods import PeriodError, china_today, period_for
from central.reports.targets import applicable, set_target, target_out

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
_CSV: dict[str, Any] = {"content": {"text/csv": {"schema": {"type": "string"}}}}
PeriodPath = Annotated[
    ReportPeriodName, Path(description="weekly (ISO week), monthly, quarterly or yearly")
]
DateQuery = Annotated[
    date | None,
    Query(description="a day in the period, YYYY-MM-DD, 2000-01-01 to 2099-12-31; default today"),
]


def report_for(
    session: Session, staff: Staff, period: ReportPeriodName, day: date | None
) -> Report:
    """The report of the member's organisation and those below it; 400 for a bad date."""
    now = utcnow()
    try:
        chosen = period_for(period, day or china_today(now))
    except PeriodError as err:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(err)) from None
    org = session.get(Organisation, staff.organisation_id)
    assert org is not None  # staff.organisation_id is a foreign key
    return build_report(session, org, chosen, now)


def csv_response(report: Report) -> Response:
    return Response(
        to_csv(report),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename(report)}"'},
    )


@router.get("/targets")
def list_targets(staff: AuditStaff, session: SessionDep) -> list[TargetOut]:
    """The targets that apply to your reports: your organisation's and those above it."""
    return [target_out(row, code) for row, code in applicable(session, staff.organisation_id)]


@router.put("/targets", responses=problems(s404="organisation not in your organisations"))
def put_target(
    body: TargetIn,
    staff: AuditStaff,
    session: SessionDep,
    organisation: Annotated[
        str | None,
        Query(pattern=ORG_CODE_PATTERN, description="default: your own"),
    ] = None,
) -> TargetOut:
    """Set (or replace) one site's targets for an organisation in your scope."""
    if organisation is None:
        org = session.get(Organisation, staff.organisation_id)
        assert org is not None  # a foreign key
    else:
        org = organisation_in_scope(session, staff, organisation)
    row = set_target(session, org, body, actor(staff))
    return target_out(row, org.code)


@router.get(
    "/{period}",
    response_model=Report,
    responses={
        200: _CSV | {"description": "the report (JSON, or CSV with format=csv)"},
        **problems(s400="the date is out of range"),
    },
)
def report(
    period: PeriodPath,
    staff: AuditStaff,
    session: SessionDep,
    date: DateQuery = None,
    format: Annotated[ReportFormat, Query(description="json or csv")] = "json",
) -> Any:
    """Requests by channel, kind, site and region; handling time; overdue work; transfers by
    route; satisfaction; terminal uptime; targets and the assessment score."""
    built = report_for(session, staff, period, date)
    return csv_response(built) if format == "csv" else built
