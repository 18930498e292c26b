"""`/console/reports`: the supervisor report page and its CSV download, for the browser.

Same cookie login as the fleet console (central.api.console): without a valid token the
page answers 401 with the login form; staff without the admin or supervisor role get 403.
Bad picker values get the page back with a message saying what is allowed (400).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, get_args

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse, Response

from api_client.schemas import ReportPeriodName
from central.api.console_auth import console_member
from central.api.deps import SessionDep
from central.api.reports import csv_response, report_for
from central.console.words import bi, bi_text, reason
from central.models import Staff
from central.reports.page import page, picker, report_page

router = APIRouter(prefix="/console", tags=["console"])
REPORT_ROLES = frozenset({"admin", "supervisor"})
PERIODS: tuple[str, ...] = get_args(ReportPeriodName)
_HTML: dict[str, Any] = {"content": {"text/html": {}}}
_CSV: dict[str, Any] = {"content": {"text/csv": {"schema": {"type": "string"}}}}
PeriodQuery = Annotated[str, Query(max_length=16, description=", ".join(PERIODS))]
DayQuery = Annotated[str, Query(max_length=16, description="YYYY-MM-DD; default today")]
Supervisor = Annotated[
    Staff,
    Depends(
        console_member(
            REPORT_ROLES,
            bi("报表仅供主管和管理员查看。", "Reports are for supervisors and admins."),
        )
    ),
]


_TITLE = bi_text("监督报表", "Report") + " - LexKiosk"


def _said(message: object) -> str:
    """A refusal of the picker's values: a Chinese lead, then the reason in English."""
    return reason("无法生成报表：", str(message))


def _choice(period: str, day: str) -> tuple[ReportPeriodName, date | None]:
    """The picker's values, or ValueError with what is allowed."""
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")
    try:
        chosen = date.fromisoformat(day) if day else None
    except ValueError:
        raise ValueError(f"{day!r} is not a date; use YYYY-MM-DD, e.g. 2026-08-15") from None
    return period, chosen  # type: ignore[return-value]  # checked against PERIODS above


@router.get("/reports", response_class=HTMLResponse, responses={400: _HTML, 401: _HTML, 403: _HTML})
def reports_page(
    session: SessionDep,
    staff: Supervisor,
    period: PeriodQuery = "quarterly",
    date: DayQuery = "",
) -> HTMLResponse:
    try:
        chosen, day = _choice(period, date)
        report = report_for(session, staff, chosen, day)
    except (ValueError, HTTPException) as err:
        message = err.detail if isinstance(err, HTTPException) else str(err)
        body = (
            f"<h1>{bi('监督报表', 'Supervisor report')}</h1>{picker(period, date, _said(message))}"
        )
        return HTMLResponse(page(_TITLE, body), status_code=400)
    return HTMLResponse(
        report_page(staff.username, report, date or report.starts_at.date().isoformat())
    )


@router.get(
    "/reports/export",
    response_class=Response,
    responses={200: _CSV, 400: _HTML, 401: _HTML, 403: _HTML},
)
def reports_export(
    session: SessionDep,
    staff: Supervisor,
    period: PeriodQuery = "quarterly",
    date: DayQuery = "",
) -> Response:
    """The same report as CSV (the page's download link)."""
    try:
        chosen, day = _choice(period, date)
        return csv_response(report_for(session, staff, chosen, day))
    except (ValueError, HTTPException) as err:
        message = err.detail if isinstance(err, HTTPException) else str(err)
        return HTMLResponse(page(_TITLE, picker(period, date, _said(message))), 400)
