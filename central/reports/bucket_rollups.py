"""The handling-time histogram roll-up (report_handling_buckets): per China month, site and
bucket (central.reports.quantiles), over every organisation. central.reports.rollups keeps it
from the same deltas as the exact durations and rebuilds it with the monthly tier."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from central.models import ReportHandlingBucket, ReportHandlingMonth
from central.reports.quantiles import bucket

BUCKETS: Table = ReportHandlingBucket.__table__  # type: ignore[assignment]
KEY = ("month", "site", "bucket")


def bucket_rows(handling: Mapping[tuple[Any, ...], int]) -> list[dict[str, Any]]:
    """Exact-duration deltas keyed (day, organisation, site, seconds) as histogram rows."""
    summed: dict[tuple[date, str, int], int] = defaultdict(int)
    for (day, _org, site, seconds), n in handling.items():
        summed[(day.replace(day=1), site, bucket(seconds))] += n
    return [
        {"month": month, "site": site, "bucket": number, "n": n}
        for (month, site, number), n in summed.items()
        if n
    ]


def _following(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def rebuild_buckets(conn: Connection, first_month: date, end_month: date) -> int:
    """Recount the histogram of [first_month, end_month) from the monthly exact durations
    (already rebuilt); returns the rows written."""
    conn.execute(delete(BUCKETS).where(BUCKETS.c.month >= first_month, BUCKETS.c.month < end_month))
    exact = ReportHandlingMonth.__table__.c
    written = 0
    month = first_month
    while month < end_month:
        counts: dict[tuple[str, int], int] = defaultdict(int)
        query = select(exact.site, exact.seconds, exact.n).where(exact.month == month)
        for site, seconds, n in conn.execute(query):
            counts[(site, bucket(float(seconds)))] += int(n)
        rows = [
            {"month": month, "site": site, "bucket": number, "n": n}
            for (site, number), n in counts.items()
            if n
        ]
        if rows:
            conn.execute(insert(BUCKETS), rows)
            written += len(rows)
        month = _following(month)
    return written
