"""The report's figures read from the daily roll-ups (central.reports.rollups): a period is a
range of whole China days, so no raw request is read for them. The full recomputation over
the raw table stays in central.reports.queries (the oracle the tests compare against)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from central.models import ReportDay, ReportHandling, ReportRating
from central.reports.queries import GroupRow, Scope

Table = type[ReportDay] | type[ReportHandling] | type[ReportRating]


def _days(table: Table, first_day: date, end_day: date, scope: Scope) -> ColumnElement[bool]:
    where = and_(table.day >= first_day, table.day < end_day)
    if scope is not None:
        where = and_(where, table.organisation_id.in_(sorted(scope)))
    return where


def groups(session: Session, first_day: date, end_day: date, scope: Scope) -> list[GroupRow]:
    """Requests per channel, kind, site and region (open_past_due is counted apart: it
    depends on the moment the report is judged at)."""
    t = ReportDay
    query = (
        select(
            t.channel,
            t.kind,
            t.site,
            t.region_code,
            func.sum(t.requests),
            func.sum(t.handled),
            func.sum(t.completed_late),
        )
        .where(_days(t, first_day, end_day, scope))
        .group_by(t.channel, t.kind, t.site, t.region_code)
        .having(func.sum(t.requests) > 0)
    )
    return [
        GroupRow(channel, kind, site, region, int(n), int(handled), 0, int(late))
        for channel, kind, site, region, n, handled, late in session.execute(query)
    ]


def handling_seconds(
    session: Session, first_day: date, end_day: date, scope: Scope
) -> list[tuple[str, float, int]]:
    """(site, seconds, how many) of the period's completed requests: the same durations as
    the raw query gives, as a weighted list (one entry per day and organisation; grouping them
    in the database costs more than it saves, as nearly every duration is distinct)."""
    t = ReportHandling
    query = select(t.site, t.seconds, t.n).where(_days(t, first_day, end_day, scope))
    return [(site, float(seconds), int(n)) for site, seconds, n in session.execute(query)]


def ratings(
    session: Session, first_day: date, end_day: date, scope: Scope
) -> list[tuple[str, int, int]]:
    t = ReportRating
    query = (
        select(t.site, t.score, func.sum(t.n))
        .where(_days(t, first_day, end_day, scope))
        .group_by(t.site, t.score)
        .having(func.sum(t.n) > 0)
    )
    return [(site, int(score), int(n)) for site, score, n in session.execute(query)]
