"""One report: the period's figures for an organisation and those below it.

The period's requests are those created in it (China time). Handling time is measured over
those completed (median; p90 by nearest rank). Overdue is judged at the period's end, or now
for the running period: a request still not completed, closed or rejected whose due date
passed; a transfer order still pending past its deadline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client import schemas as s
from central.auth.staff import kiosk_scope, subtree_ids
from central.clock import as_utc
from central.models import Organisation
from central.reports import queries as q
from central.reports import rollup_queries as r
from central.reports.periods import Period
from central.reports.quantiles import HandlingFigures, from_weighted
from central.reports.scoring import SCORING_RULE, SiteFigures, overall, parts, score
from central.reports.targets import TargetBook, applicable


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def _weighted(durations: Iterable[tuple[str, float]]) -> list[tuple[str, float, int]]:
    counted = Counter(durations)
    return [(site, seconds, n) for (site, seconds), n in counted.items()]


def _counts(rows: Iterable[q.GroupRow], key: str) -> list[s.ReportCount]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        pair = totals[getattr(row, key)]
        pair[0] += row.requests
        pair[1] += row.handled
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return [s.ReportCount(key=k, requests=n, handled=h) for k, (n, h) in ordered]


def _scope(session: Session, org_id: int) -> q.Scope:
    ids = subtree_ids(session, org_id)
    every = session.scalars(select(Organisation.id)).all()
    return None if len(ids) == len(every) else ids


Source = Literal["rollups", "raw"]
_ROUTES = TypeAdapter(list[s.TransferRoute])


class ReportBuilder:
    """`source` "rollups" reads the daily and monthly roll-ups (the service's way); "raw"
    recomputes every figure from the requests themselves (the oracle the roll-ups are checked
    against)."""

    def __init__(
        self,
        session: Session,
        org: Organisation,
        period: Period,
        now: datetime,
        source: Source = "rollups",
    ):
        self.session, self.org, self.period, self.source = session, org, period, source
        self.span = q.Span(period.starts_at, period.ends_at, period.as_of(now))
        self.scope = _scope(session, org.id)

    def build(self) -> s.Report:
        q.tune(self.session)
        groups, handling, rated, open_due = self._figures()
        transfers = q.transfers(self.session, self.span, self.scope)
        uptime = self._uptime()
        by_site = _counts(groups, "site")
        assessment = self._assess(by_site, handling, rated, uptime)
        return s.Report(
            period=self.period.name,
            label=self.period.label,
            starts_at=self.period.starts_at,
            ends_at=self.period.ends_at,
            as_of=self.span.as_of,
            organisation=self.org.code,
            requests=sum(g.requests for g in groups),
            handled=sum(g.handled for g in groups),
            by_channel=_counts(groups, "channel"),
            by_kind=_counts(groups, "kind"),
            by_site=by_site,
            by_region=_counts(groups, "region"),
            handling=s.HandlingTime(
                completed=handling.completed,
                median_hours=_hours(handling.median),
                p90_hours=_hours(handling.p90),
            ),
            overdue=self._overdue(open_due, groups, transfers),
            transfers=self._routes(transfers),
            satisfaction=_satisfaction((value, n) for _, value, n in rated),
            uptime=uptime,
            assessment=assessment,
            score=overall([a.score for a in assessment]),
            scoring_rule=SCORING_RULE,
        )

    def _figures(
        self,
    ) -> tuple[list[q.GroupRow], HandlingFigures, list[tuple[str, int, int]], int]:
        """Groups, handling times, ratings and how many are open past due."""
        session, span, scope = self.session, self.span, self.scope
        if self.source == "raw":
            groups = q.groups(session, span, scope)
            open_due = sum(g.open_past_due for g in groups)
            handling = from_weighted(_weighted(q.handling_seconds(session, span, scope)))
            return groups, handling, q.ratings(session, span, scope), open_due
        first, end = self.period.first_day, self.period.end_day
        return (
            r.groups(session, first, end, scope),
            r.handling(session, first, end, scope),
            r.ratings(session, first, end, scope),
            q.open_past_due(session, span, scope),
        )

    def _overdue(self, open_due: int, groups: list[q.GroupRow], transfers: list[Any]) -> s.Overdue:
        oldest = q.oldest_overdue(self.session, self.span, self.scope)
        return s.Overdue(
            requests_open_past_due=open_due,
            requests_completed_late=sum(g.completed_late for g in groups),
            transfers_pending_past_deadline=sum(t[6] for t in transfers),
            transfers_answered_late=sum(t[7] for t in transfers),
            oldest=[
                s.OverdueRequest(
                    tracking_number=r[0],
                    kind=r[1],
                    channel=r[2],
                    site=r[3],
                    organisation=r[4],
                    status=r[5],
                    due_at=r[6],
                )
                for r in oldest
            ],
        )

    def _routes(self, rows: list[Any]) -> list[s.TransferRoute]:
        """The routes counted in the database, busiest first (ordered here: the database's
        collation need not sort codes as Python does); validated as one list (a year has some
        15,000 routes: one model construction each cost more than the query)."""
        ordered = sorted(rows, key=lambda r: (-r[2], r[0], r[1]))
        return _ROUTES.validate_python(
            [
                {
                    "from_organisation": src,
                    "to_organisation": dst,
                    "transfers": n,
                    "pending": pending,
                    "accepted": accepted,
                    "returned": returned,
                }
                for src, dst, n, pending, accepted, returned, _, _ in ordered
            ]
        )

    def _uptime(self) -> list[s.SiteUptime]:
        owners = kiosk_scope(self.session, self.org.id)
        if self.scope is None:
            owners = {*owners, None}
        online = q.online_seconds(self.session, self.period.first_day, self.period.end_day)
        sites: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for kiosk_id, site, enrolled_at, revoked_at in q.terminals(self.session, owners):
            start = max(self.span.start, as_utc(enrolled_at))
            end = min(self.span.as_of, as_utc(revoked_at) if revoked_at else self.span.as_of)
            expected = max(0.0, (end - start).total_seconds())
            if expected <= 0 and kiosk_id not in online:
                continue  # not in service during the period
            entry = sites[site]
            entry[0] += 1
            entry[1] += min(online.get(kiosk_id, 0.0), expected)
            entry[2] += expected
        return [
            s.SiteUptime(
                site=site,
                terminals=int(n),
                online_hours=round(up / 3600, 2),
                expected_hours=round(due / 3600, 2),
                uptime=round(up / due, 4) if due > 0 else None,
            )
            for site, (n, up, due) in sorted(sites.items())
        ]

    def _assess(
        self,
        by_site: list[s.ReportCount],
        handling: HandlingFigures,
        rated: list[tuple[str, int, int]],
        uptime: list[s.SiteUptime],
    ) -> list[s.SiteAssessment]:
        book = TargetBook(applicable(self.session, self.org.id))
        scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for site, value, n in rated:
            scores[site][0] += value * n
            scores[site][1] += n
        counts = {c.key: c for c in by_site}
        up = {u.site: u.uptime for u in uptime}
        out = []
        for site in sorted(set(counts) | set(up)):
            count = counts.get(site)
            total, n = scores.get(site, (0, 0))
            figures = SiteFigures(
                handled=count.handled if count else 0,
                median_hours=_hours(handling.site_medians.get(site)),
                satisfaction=round(total / n, 2) if n else None,
                uptime=up.get(site),
            )
            found = book.for_site(site)
            scored = parts(figures, found[0], self.period.days) if found else {}
            out.append(
                s.SiteAssessment(
                    site=site,
                    requests=count.requests if count else 0,
                    handled=figures.handled,
                    median_hours=figures.median_hours,
                    satisfaction=figures.satisfaction,
                    uptime=figures.uptime,
                    target_from=found[1] if found else None,
                    target=found[0] if found else None,
                    parts=scored,
                    score=score(scored),
                )
            )
        return out


def _satisfaction(counted: Iterable[tuple[int, int]]) -> s.Satisfaction:
    distribution = [0] * 5
    for value, n in counted:
        if 1 <= value <= 5:
            distribution[value - 1] += n
    n = sum(distribution)
    mean = sum((i + 1) * c for i, c in enumerate(distribution)) / n if n else None
    return s.Satisfaction(
        ratings=n, mean=round(mean, 2) if mean is not None else None, distribution=distribution
    )


def build_report(
    session: Session, org: Organisation, period: Period, now: datetime, source: Source = "rollups"
) -> s.Report:
    return ReportBuilder(session, org, period, now, source).build()
