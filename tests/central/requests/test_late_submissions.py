"""A terminal's late offline delivery counts from when the resident submitted (the
terminal's stamp), not from when it arrived: reports, roll-ups and deadlines; a stamp in the
future or too old is not believed, and the journal says the terminal's clock was off. Over
HTTP against the real service, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from central.clock import as_utc, utcnow
from central.models import JournalEntry, Organisation, ReportDay, ReportMonth, SubmissionRow
from central.reports.build import build_report
from central.reports.periods import CHINA, period_for
from central.reports.rollups import rebuild
from central.requests.due import due_for
from tests.central.requests.support import LEGAL_AID, bureau, submission
from tests.central.support import Central


def _deliver(central: Central, seq: int, submitted: datetime) -> tuple[dict[str, Any], Any]:
    b = bureau(central)
    device = central.enrol("K001", org="east", site="赛罕区服务大厅")
    body = submission("K001", seq, "legal_aid", LEGAL_AID) | {"submitted_at": submitted.isoformat()}
    reply = b.client.post("/api/v1/submissions", json=body, headers=device)
    assert reply.status_code == 201, reply.text
    detail = b.get(body["tracking_number"], b.east_clerk).json()
    return body, detail


def _rollups(central: Central) -> list[tuple[Any, ...]]:
    with central.database.session() as session:
        days = session.execute(select(ReportDay.day, ReportDay.requests)).all()
        months = session.execute(select(ReportMonth.month, ReportMonth.requests)).all()
    return sorted(tuple(r) for r in [*days, *months])


def test_a_delivery_a_day_late_counts_on_the_residents_day(central: Central) -> None:
    """GIVEN a resident who submitted at 23:50 China time on the last day of last month at a
    terminal that was offline WHEN the terminal delivers it now (a day or more later) THEN the
    request was created then, its deadline runs from then, the daily and monthly roll-ups and
    last month's report count it (this month's does not), the service's receipt time is kept
    too, and the roll-ups agree with a recount from the requests and with a rebuild."""
    month_start = datetime.combine(
        utcnow().astimezone(CHINA).date().replace(day=1), datetime.min.time(), CHINA
    )
    submitted = (month_start - timedelta(minutes=10)).astimezone(UTC)
    last_day = month_start.date() - timedelta(days=1)
    _, detail = _deliver(central, 1, submitted)

    assert datetime.fromisoformat(detail["created_at"]) == submitted
    expected_due = due_for("legal_aid", submitted, ZoneInfo("Asia/Shanghai"))
    assert datetime.fromisoformat(detail["due_at"]) == expected_due
    with central.database.session() as session:
        sub = session.scalars(select(SubmissionRow)).one()
        assert as_utc(sub.submitted_at) == submitted
        assert as_utc(sub.received_at) > submitted + timedelta(minutes=9)

    supervisor = central.staff("supervisor", org="root")
    last_month = central.client.get(
        f"/api/v1/reports/monthly?date={last_day}", headers=supervisor
    ).json()
    this_month = central.client.get(
        f"/api/v1/reports/monthly?date={month_start.date()}", headers=supervisor
    ).json()
    assert (last_month["requests"], this_month["requests"]) == (1, 0)
    kept = _rollups(central)
    assert kept == sorted([(last_day, 1), (last_day.replace(day=1), 1)])

    with central.database.session() as session:
        root = session.scalars(select(Organisation).where(Organisation.code == "root")).one()
        now = utcnow()
        for day in (last_day, month_start.date()):
            for name in ("weekly", "monthly"):
                period = period_for(name, day)
                fast = build_report(session, root, period, now, "rollups")
                full = build_report(session, root, period, now, "raw")
                assert fast == full, period.label
        rebuild(session)
    assert _rollups(central) == kept


@pytest.mark.parametrize(
    ("offset", "why"),
    [(timedelta(days=1), "ahead"), (timedelta(days=-400), "too_old"), (timedelta(minutes=2), None)],
    ids=["future", "ancient", "fast-by-two-minutes"],
)
def test_a_stamp_out_of_bounds_counts_from_receipt_and_is_journaled(
    central: Central, offset: timedelta, why: str | None
) -> None:
    """GIVEN a terminal whose clock is a day ahead, 400 days behind, or two minutes fast WHEN
    it delivers a submission THEN the submission is accepted (never refused), the request
    counts from the service's receipt time, and only a stamp outside the bounds (five minutes
    ahead, 60 days old) is journaled as the terminal's clock being off."""
    before = utcnow()
    claimed = before + offset
    body, detail = _deliver(central, 2, claimed)
    after = utcnow()
    created = datetime.fromisoformat(detail["created_at"])
    assert before <= created <= after
    with central.database.session() as session:
        sub = session.scalars(select(SubmissionRow)).one()
        assert as_utc(sub.submitted_at) == as_utc(sub.received_at) == created
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "submission.clock_off")
        ).all()
    if why is None:
        assert entries == []
        return
    (entry,) = entries
    assert entry.subject == body["tracking_number"] and entry.actor == "terminal:K001"
    assert entry.payload["why"] == why
    assert datetime.fromisoformat(entry.payload["claimed_submitted_at"]) == claimed
