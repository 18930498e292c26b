"""The report's aggregate queries: one pass over the period's requests per figure family,
grouped in the database; only durations and small groups come back to Python.

`Scope` is None when the organisation sees every organisation (no filter needed), else the
ids of the organisation and those below it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from central.models import Kiosk, KioskUptime, Organisation, RatingRow, RequestRow, TransferOrder
from central.models.reports import FINISHED_STATUSES
from central.reports.rollups import handling_seconds as taken

Scope = Collection[int] | None
FINISHED = FINISHED_STATUSES
# The values inline, so the query spells the partial index's condition (ix_requests_open).
_FINISHED: BindParameter[tuple[str, ...]] = bindparam(
    "finished", FINISHED, expanding=True, literal_execute=True
)
ROUTE_STATES = ("pending", "accepted", "returned")


@dataclass(frozen=True)
class Span:
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    as_of: datetime  # UTC: overdue is judged here


@dataclass(frozen=True)
class GroupRow:
    channel: str
    kind: str
    site: str
    region: str
    requests: int
    handled: int
    open_past_due: int
    completed_late: int


def tune(session: Session) -> None:
    """PostgreSQL: room to group a period's requests in memory (a hash, not a sort on disk),
    for this transaction only."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL work_mem = '64MB'"))


def _in_period(span: Span, scope: Scope) -> ColumnElement[bool]:
    where = and_(RequestRow.created_at >= span.start, RequestRow.created_at < span.end)
    if scope is not None:
        where = and_(where, RequestRow.organisation_id.in_(sorted(scope)))
    return where


def _open_past_due(span: Span) -> ColumnElement[bool]:
    return and_(RequestRow.status.not_in(_FINISHED), RequestRow.due_at < span.as_of)


def groups(session: Session, span: Span, scope: Scope) -> list[GroupRow]:
    query = (
        select(
            RequestRow.channel,
            RequestRow.kind,
            RequestRow.site,
            RequestRow.region_code,
            func.count(),
            func.count(RequestRow.completed_at),
            func.sum(case((_open_past_due(span), 1), else_=0)),
            func.sum(case((RequestRow.completed_at > RequestRow.due_at, 1), else_=0)),
        )
        .where(_in_period(span, scope))
        .group_by(RequestRow.channel, RequestRow.kind, RequestRow.site, RequestRow.region_code)
    )
    return [GroupRow(*row) for row in session.execute(query)]


def handling_seconds(session: Session, span: Span, scope: Scope) -> list[tuple[str, float]]:
    """(site, seconds from created to completed) of the period's completed requests, by the
    one definition of a handling time (central.reports.rollups.handling_seconds)."""
    query = select(RequestRow.site, RequestRow.created_at, RequestRow.completed_at).where(
        _in_period(span, scope), RequestRow.completed_at.is_not(None)
    )
    return [
        (site, taken(created, completed))
        for site, created, completed in session.execute(query)
        if completed is not None
    ]


def open_past_due(session: Session, span: Span, scope: Scope) -> int:
    """The period's requests still not finished whose due date passed before `as_of` (few:
    read from the raw table, since the answer moves with `as_of`)."""
    query = select(func.count()).where(_in_period(span, scope), _open_past_due(span))
    return int(session.scalar(query) or 0)


def oldest_overdue(session: Session, span: Span, scope: Scope, limit: int = 20) -> list[Any]:
    query = (
        select(
            RequestRow.tracking_number,
            RequestRow.kind,
            RequestRow.channel,
            RequestRow.site,
            Organisation.code,
            RequestRow.status,
            RequestRow.due_at,
        )
        .join(Organisation, Organisation.id == RequestRow.organisation_id)
        .where(_in_period(span, scope), _open_past_due(span))
        .order_by(RequestRow.due_at, RequestRow.id)
        .limit(limit)
    )
    return list(session.execute(query))


def ratings(session: Session, span: Span, scope: Scope) -> list[tuple[str, int, int]]:
    """(site, score, how many) over ratings of the period's requests."""
    query = (
        select(RequestRow.site, RatingRow.score, func.count())
        .join(RatingRow, RatingRow.request_id == RequestRow.id)
        .where(_in_period(span, scope))
        .group_by(RequestRow.site, RatingRow.score)
    )
    return [(site, int(score), int(n)) for site, score, n in session.execute(query)]


def transfers(session: Session, span: Span, scope: Scope) -> list[Any]:
    """Transfer orders issued in the period from or to an organisation in scope, per route
    (the two organisations' codes, "?" for one gone): (from, to, how many, pending,
    accepted, returned, pending past the deadline, answered after it), counted in the
    database."""
    where = and_(TransferOrder.created_at >= span.start, TransferOrder.created_at < span.end)
    if scope is not None:
        ids = sorted(scope)
        where = and_(
            where,
            or_(
                TransferOrder.from_organisation_id.in_(ids),
                TransferOrder.to_organisation_id.in_(ids),
            ),
        )
    pending_late = and_(TransferOrder.state == "pending", TransferOrder.deadline_at < span.as_of)
    answered_late = TransferOrder.answered_at > TransferOrder.deadline_at

    def counted(condition: ColumnElement[bool]) -> Any:
        return func.sum(case((condition, 1), else_=0))

    # Grouped by the two ids (the covering index ix_transfer_orders_report, no join per
    # order); the ids become codes here, and routes whose ids share a code ("?") merge.
    pair = (TransferOrder.from_organisation_id, TransferOrder.to_organisation_id)
    query = (
        select(
            *pair,
            func.count(),
            *(counted(TransferOrder.state == state) for state in ROUTE_STATES),
            counted(pending_late),
            counted(answered_late),
        )
        .where(where)
        .group_by(*pair)
    )
    codes = {
        org_id: code for org_id, code in session.execute(select(Organisation.id, Organisation.code))
    }
    routes: dict[tuple[str, str], list[int]] = {}
    for from_id, to_id, *counts in session.execute(query):
        key = (codes.get(from_id, "?"), codes.get(to_id, "?"))
        total = routes.setdefault(key, [0] * len(counts))
        for i, n in enumerate(counts):
            total[i] += int(n)
    return [(src, dst, *counts) for (src, dst), counts in routes.items()]


def terminals(session: Session, owners: Collection[int | None]) -> list[Any]:
    """(id, site, enrolled_at, revoked_at) of terminals owned by `owners` (None: no owner)."""
    known = [o for o in owners if o is not None]
    owned = Kiosk.organisation_id.in_(known)
    where = or_(owned, Kiosk.organisation_id.is_(None)) if None in owners else owned
    query = select(Kiosk.id, Kiosk.site, Kiosk.enrolled_at, Kiosk.revoked_at).where(where)
    return list(session.execute(query))


def online_seconds(session: Session, first_day: date, end_day: date) -> dict[int, float]:
    query = (
        select(KioskUptime.kiosk_id, func.sum(KioskUptime.online_s))
        .where(KioskUptime.day >= first_day, KioskUptime.day < end_day)
        .group_by(KioskUptime.kiosk_id)
    )
    return {kiosk_id: float(seconds) for kiosk_id, seconds in session.execute(query)}
