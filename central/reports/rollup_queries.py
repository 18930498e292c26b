"""The report's figures read from the roll-ups (central.reports.rollups): a period is a range
of whole China days, read as its whole months from the monthly tables and the days of its
partial months (a week, or the ends of another span) from the daily tables, so no raw request
is read for them. The full recomputation over the raw table stays in central.reports.queries
(the oracle the tests compare against)."""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, bindparam, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from central.models import (
    ReportDay,
    ReportHandling,
    ReportHandlingBucket,
    ReportHandlingMonth,
    ReportMonth,
    ReportRating,
)
from central.reports.quantiles import HandlingFigures, Range, bucket, from_histogram, from_weighted
from central.reports.queries import GroupRow, Scope
from central.reports.rollups import month_of, next_month

log = logging.getLogger(__name__)
RANGES_PER_QUERY = 2000  # rows of one query's VALUES list (3 parameters each)


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


def handling(session: Session, first_day: date, end_day: date, scope: Scope) -> HandlingFigures:
    """The period's handling figures, the same as from the raw durations. The whole province
    (no scope) counts its whole months' durations per site and bucket and reads only the
    buckets holding a wanted rank; an organisation's subtree reads its exact durations (a
    part of the province, so far fewer)."""
    if scope is not None:
        return from_weighted(_exact(session, pieces(first_day, end_day), scope))
    monthly = [p for p in pieces(first_day, end_day) if p.monthly]
    daily = _exact(session, [p for p in pieces(first_day, end_day) if not p.monthly], None)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for site, seconds, n in daily:
        counts[(site, bucket(seconds))] += n
    for piece in monthly:
        t = ReportHandlingBucket
        query = (
            select(t.site, t.bucket, func.sum(t.n))
            .where(t.month >= piece.first, t.month < piece.end)
            .group_by(t.site, t.bucket)
        )
        for site, number, n in session.execute(query):
            counts[(site, int(number))] += int(n)

    def fetch(ranges: Mapping[str, list[Range]]) -> list[tuple[str, float, int]]:
        wanted = [row for row in daily if any(_inside(row[1], r) for r in ranges.get(row[0], ()))]
        for piece in monthly:
            wanted.extend(_in_ranges(session, piece, ranges))
        return wanted

    found = from_histogram(counts, fetch)
    if found is None:
        log.warning("report handling-time histogram disagrees with the durations: reading all")
        return from_weighted([*daily, *_exact(session, monthly, None)])
    return found


def _inside(seconds: float, bounds: Range) -> bool:
    low, high = bounds
    return (low is None or seconds >= low) and (high is None or seconds < high)


def _in_ranges(
    session: Session, piece: Piece, ranges: Mapping[str, list[Range]]
) -> list[tuple[str, float, int]]:
    """The whole months' exact durations of each site in its ranges: the wanted (site, low,
    high) rows (a VALUES list: cheap to plan, unlike a UNION of SELECTs) joined to the
    covering site index, one seek per site and range."""
    wanted = [
        (site, -math.inf if low is None else low, math.inf if high is None else high)
        for site, spans in ranges.items()
        for low, high in spans
    ]
    out: list[tuple[str, float, int]] = []
    for start in range(0, len(wanted), RANGES_PER_QUERY):
        chunk = wanted[start : start + RANGES_PER_QUERY]
        params: dict[str, Any] = {"first": piece.first, "end": piece.end}
        for i, (site, low, high) in enumerate(chunk):
            params.update({f"s{i}": site, f"l{i}": low, f"h{i}": high})
        rows = ", ".join(f"(:s{i}, :l{i}, :h{i})" for i in range(len(chunk)))
        query = text(_IN_RANGES.format(rows=rows)).bindparams(
            bindparam("first", type_=Date), bindparam("end", type_=Date)
        )
        out.extend(
            (site, float(seconds), int(n)) for site, seconds, n in session.execute(query, params)
        )
    return out


# Written out, not built from SQLAlchemy constructs: compiling a VALUES list of a few
# thousand bound parameters cost more than running the query.
_IN_RANGES = (
    "WITH want(site, low, high) AS (VALUES {rows}) "
    "SELECT h.site, h.seconds, h.n FROM report_handling_months AS h "
    "JOIN want ON h.site = want.site AND h.seconds >= want.low AND h.seconds < want.high "
    "WHERE h.month >= :first AND h.month < :end"
)


def _exact(session: Session, parts: list[Piece], scope: Scope) -> list[tuple[str, float, int]]:
    """(site, seconds, how many) of the pieces' completed requests: one entry per month or
    day and organisation (grouping them in the database costs more than it saves, as nearly
    every duration is distinct)."""
    out: list[tuple[str, float, int]] = []
    for piece in parts:
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
