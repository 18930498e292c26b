"""What `lexkiosk-central target ...` and `lexkiosk-central report ...` do, given an open
session; `central.cli` parses and prints."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from api_client.schemas import TargetIn
from central.auth.staff import StaffError, organisation_by_code
from central.cli.admin import CLI_ACTOR, CommandError, explain
from central.clock import utcnow
from central.reports.build import build_report
from central.reports.csv_export import to_csv
from central.reports.periods import PeriodError, PeriodName, china_today, period_for
from central.reports.rollups import rebuild
from central.reports.targets import applicable, set_target, target_out


def _org(session: Session, code: str) -> Any:
    try:
        return organisation_by_code(session, code)
    except StaffError as err:
        raise CommandError(f"{err}; `lexkiosk-central org list` shows the codes", 2) from None


def target_set(session: Session, org_code: str, fields: dict[str, Any]) -> list[str]:
    try:
        body = TargetIn.model_validate(fields)
    except ValidationError as err:
        raise CommandError(explain(err), 2) from None
    org = _org(session, org_code)
    row = set_target(session, org, body, CLI_ACTOR)
    return [target_out(row, org.code).model_dump_json()]


def target_list(session: Session, org_code: str) -> list[str]:
    """The targets that apply to the organisation's reports, nearest first (JSON lines)."""
    org = _org(session, org_code)
    return [target_out(row, code).model_dump_json() for row, code in applicable(session, org.id)]


def report(
    session: Session,
    org_code: str,
    period: PeriodName,
    day: date | None,
    as_csv: bool,
    verify: bool = False,
) -> list[str]:
    org = _org(session, org_code)
    now = utcnow()
    try:
        chosen = period_for(period, day or china_today(now))
    except PeriodError as err:
        raise CommandError(str(err), 2) from None
    built = build_report(session, org, chosen, now)
    if verify and build_report(session, org, chosen, now, "raw") != built:
        last = chosen.end_day - timedelta(days=1)
        raise CommandError(
            f"the roll-ups (daily and monthly) of {chosen.label} differ from the full "
            "recomputation; mend them with "
            f"`lexkiosk-central rollups rebuild --from {chosen.first_day} --to {last}`",
            1,
        )
    if as_csv:
        return [to_csv(built).removeprefix("\ufeff").rstrip("\r\n")]
    return [built.model_dump_json(indent=2)]


def rollups_rebuild(session: Session, first: date | None, last: date | None) -> list[str]:
    """Recompute the roll-ups of the days first..last (both included) from the raw tables."""
    if first is not None and last is not None and first > last:
        raise CommandError(
            f"--from {first} is after --to {last}; give the first day, then the last", 2
        )
    end = last + timedelta(days=1) if last is not None else None
    done = rebuild(session, first, end)
    out = {
        "from": first.isoformat() if first else None,
        "to": last.isoformat() if last else None,
        "requests": done.requests,
        "rows": done.rows,
    }
    return [json.dumps(out)]
