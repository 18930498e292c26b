"""A report as one CSV table in long form (section, item, measure, value), which opens in a
spreadsheet and pivots easily. UTF-8 with a byte-order mark, so Excel shows Chinese names; no
cell is ever read as a formula (`cell`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from api_client.schemas import Report

Row = tuple[str, str, str, object]


def filename(report: Report) -> str:
    return f"lexkiosk-report-{report.organisation}-{report.label}.csv"


def _rows(report: Report) -> Iterator[Row]:
    yield "report", report.period, "label", report.label
    yield "report", report.period, "starts_at", report.starts_at.isoformat()
    yield "report", report.period, "ends_at", report.ends_at.isoformat()
    yield "report", report.period, "as_of", report.as_of.isoformat()
    yield "report", report.period, "organisation", report.organisation
    yield "totals", "all", "requests", report.requests
    yield "totals", "all", "handled", report.handled
    for section in ("by_channel", "by_kind", "by_site", "by_region"):
        for count in getattr(report, section):
            yield section, count.key, "requests", count.requests
            yield section, count.key, "handled", count.handled
    handling = report.handling
    yield "handling", "all", "completed", handling.completed
    yield "handling", "all", "median_hours", handling.median_hours
    yield "handling", "all", "p90_hours", handling.p90_hours
    overdue = report.overdue
    for measure in (
        "requests_open_past_due",
        "requests_completed_late",
        "transfers_pending_past_deadline",
        "transfers_answered_late",
    ):
        yield "overdue", "all", measure, getattr(overdue, measure)
    for late in overdue.oldest:
        yield "overdue_request", late.tracking_number, "due_at", late.due_at.isoformat()
    for route in report.transfers:
        item = f"{route.from_organisation} -> {route.to_organisation}"
        for measure in ("transfers", "pending", "accepted", "returned"):
            yield "transfers", item, measure, getattr(route, measure)
    yield "satisfaction", "all", "ratings", report.satisfaction.ratings
    yield "satisfaction", "all", "mean", report.satisfaction.mean
    for value, n in enumerate(report.satisfaction.distribution, start=1):
        yield "satisfaction", f"score {value}", "ratings", n
    for up in report.uptime:
        yield "uptime", up.site, "terminals", up.terminals
        yield "uptime", up.site, "online_hours", up.online_hours
        yield "uptime", up.site, "expected_hours", up.expected_hours
        yield "uptime", up.site, "uptime", up.uptime
    for site in report.assessment:
        for name, part in sorted(site.parts.items()):
            yield "assessment", site.site, f"part_{name}", part
        yield "assessment", site.site, "score", site.score
    yield "assessment", "all", "score", report.score


# A spreadsheet reads a cell starting with one of these as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which shows
    as text; numbers are left alone (a negative number is not a formula)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(report: Report) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["section", "item", "measure", "value"])
    for section, item, measure, value in _rows(report):
        writer.writerow([cell(section), cell(item), cell(measure), cell(value)])
    return out.getvalue()
