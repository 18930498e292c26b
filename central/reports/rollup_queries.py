"""The report's figures read from the roll-ups (central.reports.rollups): a period is a range
of whole China days, read as its whole months from the monthly tables and the days of its
partial months (a week, or the ends of another span) from the daily tables, so no raw request
is read for them. The full recomputation over the raw table stays in central.reports.queries
(the oracle the tests compare against)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from central.models import ReportDay, ReportHandling, ReportHandlingMonth, ReportMonth, ReportRating
from central.reports.queries import GroupRow, Scope
from central.reports.rollups import month_of, next_month


@dataclass(frozen=True)
class Piece:
    """A part of a period: [first, end) on one tier (first and end are month starts for the
    monthly tier)."""

    monthly: bool
    first: date
    end: date


def pieces(first_day: date, end_day: date) -> list[Piece]:
    """The period as its whole months (one monthly piece) and the days before and after them."""
    whole_from = first_day if first_day.day == 1 else next_month(month_of(first_day))
    whole_to = month_of(end_day)
    if whole_from >= whole_to:
        return [Piece(False, first_day, end_day)]
    out = [Piece(True, whole_from, whole_to)]
    if first_day < whole_from:
        out.append(Piece(False, first_day, whole_from))
    if whole_to < end_day:
        out.append(Piece(False, whole_to, end_day))
    return out


def _where(column: Any, organisation: Any, piece: Piece, scope: Scope) -> ColumnElement[bool]:
    where = and_(column >= piece.first, column < piece.end)
    if scope is not None:
        where = and_(where, organisation.in_(sorted(scope)))
    return where


def _tier(piece: Piece, daily: Any, monthly: Any) -> tuple[Any, InstrumentedAttribute[date]]:
    table = monthly if piece.monthly else daily
    return table, (table.month if piece.monthly else table.day)


def groups(session: Session, first_day: date, end_day: date, scope: Scope) -> list[GroupRow]:
    """Requests per channel, kind, site and region (open_past_due is counted apart: it
    depends on the moment the report is judged at)."""
    summed: dict[tuple[str, str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for piece in pieces(first_day, end_day):
        t, when = _tier(piece, ReportDay, ReportMonth)
        keys = (t.channel, t.kind, t.site, t.region_code)
        query = (
            select(*keys, func.sum(t.requests), func.sum(t.handled), func.sum(t.completed_late))
            .where(_where(when, t.organisation_id, piece, scope))
            .group_by(*keys)
        )
        for channel, kind, site, region, n, handled, late in session.execute(query):
            total = summed[(channel, kind, site, region)]
            total[0] += int(n)
            total[1] += int(handled)
            total[2] += int(late)
    return [
        GroupRow(channel, kind, site, region, n, handled, 0, late)
        for (channel, kind, site, region), (n, handled, late) in summed.items()
        if n > 0
    ]


def handling_seconds(
    session: Session, first_day: date, end_day: date, scope: Scope
) -> list[tuple[str, float, int]]:
    """(site, seconds, how many) of the period's completed requests: the same durations as
    the raw query gives, as a weighted list (one entry per month or day and organisation;
    grouping them in the database costs more than it saves, as nearly every duration is
    distinct)."""
    out: list[tuple[str, float, int]] = []
    for piece in pieces(first_day, end_day):
        t, when = _tier(piece, ReportHandling, ReportHandlingMonth)
        query = select(t.site, t.seconds, t.n).where(_where(when, t.organisation_id, piece, scope))
        out.extend((site, float(seconds), int(n)) for site, seconds, n in session.execute(query))
    return out


def ratings(
    session: Session, first_day: date, end_day: date, scope: Scope
) -> list[tuple[str, int, int]]:
    t = ReportRating
    query = (
        select(t.site, t.score, func.sum(t.n))
        .where(_where(t.day, t.organisation_id, Piece(False, first_day, end_day), scope))
        .group_by(t.site, t.score)
        .having(func.sum(t.n) > 0)
    )
    return [(site, int(score), int(n)) for site, score, n in session.execute(query)]
