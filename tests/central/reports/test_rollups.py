"""Daily roll-ups: every period's report read from them equals the full recomputation from
the raw requests, after a random stream of writes with late offline submissions (created days
before they arrive), completions, reopenings, transfers to another organisation and ratings,
on SQLite and PostgreSQL; and the roll-ups kept write by write equal a rebuild."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from central.db import Database
from central.models import (
    Organisation,
    RatingRow,
    ReportDay,
    ReportHandling,
    ReportHandlingBucket,
    ReportHandlingMonth,
    ReportMonth,
    ReportRating,
    RequestRow,
)
from central.reports.build import build_report
from central.reports.periods import CHINA, Period, PeriodName, period_for
from central.reports.rollups import rebuild

PERIODS: tuple[PeriodName, ...] = ("weekly", "monthly", "quarterly", "yearly")
CHANNELS = ("hall", "hotline", "online", "kiosk")
KINDS = ("consultation", "legal_aid", "mediation")
STATUSES = ("submitted", "accepted", "in_progress")
# Created times fall in 2026-03-20 .. 2026-10-10 (China time): across quarter, month and week
# edges, and many right around China midnight (16:00 UTC), where a wrong day would show.
FIRST = datetime(2026, 3, 20, tzinfo=CHINA)
SPAN_S = 204 * 86400


def _orgs(database: Database) -> dict[str, int]:
    """GIVEN root (150000) > city (150100) > county (150102), and other (150200)."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    ids: dict[str, int] = {}
    with database.session() as session:
        tree = (("root", "150000", None), ("city", "150100", "root"),
                ("county", "150102", "city"), ("other", "150200", "root"))  # fmt: skip
        for code, region, parent in tree:
            org = Organisation(code=code, name=code, kind="justice_bureau", region_code=region,
                               parent_id=ids.get(parent or ""), created_at=now)  # fmt: skip
            session.add(org)
            session.flush()
            ids[code] = org.id
    return ids


def _created(rng: random.Random) -> datetime:
    if rng.random() < 0.3:  # a few seconds either side of China midnight
        day = FIRST + timedelta(days=rng.randrange(204))
        return day + timedelta(seconds=rng.choice((-1, 0, 1)) * rng.uniform(0, 5))
    return FIRST + timedelta(seconds=rng.uniform(0, SPAN_S))


class Stream:
    """Random writes, as the service's write paths make them, through the ORM session."""

    def __init__(self, database: Database, orgs: dict[str, int], seed: int) -> None:
        self.database, self.orgs, self.rng = database, orgs, random.Random(seed)
        self.ids: list[int] = []
        self.serial = 0

    def new_request(self, session: Session) -> RequestRow:
        rng = self.rng
        self.serial += 1
        created = _created(rng)
        code = rng.choice(["city", "county", "other"])
        channel = rng.choice(CHANNELS)
        row = RequestRow(
            tracking_number=f"T{self.serial:06d}",
            kind=rng.choice(KINDS),
            channel=channel,
            status="submitted",
            organisation_id=self.orgs[code],
            region_code={"city": "150100", "county": "150102", "other": "150200"}[code],
            site=f"{channel} {rng.randrange(3)}",
            created_at=created,
            updated_at=created,
            due_at=created + timedelta(hours=rng.choice((4, 24, 72, 24 * 20))),
            summary="",
            applicant={},
            attachments=[],
            details={},
        )
        session.add(row)
        session.flush()
        self.ids.append(row.id)
        return row

    def complete(self, row: RequestRow) -> None:
        row.status = "completed"
        row.completed_at = row.created_at + timedelta(hours=self.rng.lognormvariate(2, 1.5))

    def reopen(self, row: RequestRow) -> None:
        row.status = self.rng.choice(STATUSES)
        row.completed_at = None

    def transfer(self, row: RequestRow) -> None:
        code = self.rng.choice(["city", "county", "other"])
        row.organisation_id = self.orgs[code]
        row.region_code = {"city": "150100", "county": "150102", "other": "150200"}[code]

    def rate(self, session: Session, row: RequestRow) -> None:
        channel = self.rng.choice(("kiosk", "online"))
        taken = session.scalar(
            select(RatingRow.id).where(RatingRow.request_id == row.id, RatingRow.channel == channel)
        )
        if taken is None:
            score = self.rng.randint(1, 5)
            session.add(RatingRow(request_id=row.id, score=score, comment="", channel=channel,
                                  rated_at=row.created_at))  # fmt: skip

    def unrate(self, session: Session, row: RequestRow) -> None:
        rating = session.scalars(select(RatingRow).where(RatingRow.request_id == row.id)).first()
        if rating is not None:
            session.delete(rating)

    def batch(self, steps: int) -> None:
        """One transaction of several writes: several changes to one request may share a flush."""
        rng = self.rng
        with self.database.session() as session:
            for _ in range(steps):
                roll = rng.random()
                if roll < 0.35 or not self.ids:
                    row = self.new_request(session)
                    if rng.random() < 0.4:
                        self.complete(row)  # created and completed in one flush
                    continue
                found = session.get(RequestRow, rng.choice(self.ids))
                assert found is not None
                row = found
                if roll < 0.6:
                    self.complete(row)
                elif roll < 0.68:
                    self.reopen(row)
                elif roll < 0.8:
                    self.transfer(row)
                    if rng.random() < 0.5:
                        self.rate(session, row)  # moved and rated in one flush
                elif roll < 0.95:
                    self.rate(session, row)
                else:
                    self.unrate(session, row)
                if rng.random() < 0.5:
                    session.flush()


def _report_pairs(database: Database, now: datetime) -> list[tuple[str, Any, Any]]:
    days = (date(2026, 3, 31), date(2026, 4, 1), date(2026, 7, 1), date(2026, 8, 15))
    periods = {period_for(name, day) for name in PERIODS for day in days}  # 12 different
    # Spans with whole months in the middle and partial months at both ends or one end (the
    # monthly tier plus the daily one), and one inside a single month.
    periods |= {
        Period("quarterly", "mid-Apr..mid-Jul", date(2026, 4, 15), date(2026, 7, 10)),
        Period("quarterly", "Mar-20..Jun", date(2026, 3, 20), date(2026, 7, 1)),
        Period("monthly", "May..Jun-3", date(2026, 5, 1), date(2026, 6, 3)),
        Period("weekly", "Jun-3..Jun-20", date(2026, 6, 3), date(2026, 6, 20)),
    }
    pairs = []
    with database.session() as session:
        orgs = session.scalars(select(Organisation).where(Organisation.code.in_(["root", "city"])))
        for org in list(orgs):
            for period in sorted(periods, key=lambda p: (p.first_day, p.days)):
                fast = build_report(session, org, period, now, "rollups")
                full = build_report(session, org, period, now, "raw")
                pairs.append((f"{org.code} {period.label}", fast, full))
    return pairs


def _rollup_rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with database.session() as session:
        tables = (ReportDay, ReportHandling, ReportRating, ReportMonth, ReportHandlingMonth,
                  ReportHandlingBucket)  # fmt: skip
        for table in tables:
            columns = [c for c in table.__table__.columns]
            rows = session.execute(select(*columns).order_by(*columns)).all()
            out[table.__tablename__] = [tuple(r) for r in rows]
    return out


def test_every_period_from_rollups_equals_the_full_recomputation(central_db_url: str) -> None:
    """GIVEN a random stream of 400 writes in 40 transactions: late offline submissions (the
    created time is a random moment of the past seven months, many at China midnight),
    completions, reopenings, transfers and ratings, several to one request in one flush
    WHEN every period's report is built from the roll-ups and recomputed from the requests,
    for the whole province and for one city, closed and still running
    THEN the two are equal (also for spans of whole months between partial ones, read from the
    monthly and the daily tier), and the roll-ups of both tiers equal a rebuild."""
    database = Database(central_db_url)
    try:
        stream = Stream(database, _orgs(database), seed=2126)
        for n in range(40):
            stream.batch(10)
            if n == 19:  # half-way, a running period: judged now, mid-August
                now = datetime(2026, 8, 15, 3, tzinfo=UTC)
                for label, fast, full in _report_pairs(database, now)[::4]:
                    assert fast == full, label
        pairs = _report_pairs(database, datetime(2026, 8, 20, 17, tzinfo=UTC))
        assert sum(fast.requests for _, fast, _ in pairs) > 0
        assert any(fast.satisfaction.ratings for _, fast, _ in pairs)
        assert any(fast.transfers == [] and fast.handling.completed for _, fast, _ in pairs)
        for label, fast, full in pairs:
            assert fast == full, label
        kept = _rollup_rows(database)
        with database.session() as session:
            rebuild(session)
        assert _rollup_rows(database) == kept
    finally:
        database.dispose()


def test_a_rebuild_mends_a_day_range_and_leaves_the_others(central_db_url: str) -> None:
    """GIVEN roll-ups spoilt on purpose (counts changed and rows deleted behind the hook's
    back) WHEN the days before June are rebuilt THEN those days are right again and the later
    days are still as spoilt; a rebuild of the rest makes every report equal again."""
    database = Database(central_db_url)
    june = date(2026, 6, 1)
    try:
        stream = Stream(database, _orgs(database), seed=7)
        for _ in range(8):
            stream.batch(10)
        kept = _rollup_rows(database)
        with database.session() as session:
            session.execute(update(ReportDay).values(requests=ReportDay.requests + 5))
            session.execute(delete(ReportHandling))
            session.execute(update(ReportMonth).values(handled=ReportMonth.handled + 1))
            session.execute(delete(ReportHandlingMonth).where(ReportHandlingMonth.site == "hall 1"))
            session.execute(update(ReportHandlingBucket).values(n=ReportHandlingBucket.n + 2))
        spoilt = _rollup_rows(database)
        pairs = _report_pairs(database, datetime(2026, 12, 1, tzinfo=UTC))[::3]
        assert any(fast != full for _, fast, full in pairs)
        with database.session() as session:
            done = rebuild(session, date(2026, 3, 1), june)
            before_june = session.scalar(
                select(func.count()).where(
                    RequestRow.created_at < datetime(2026, 6, 1, tzinfo=CHINA)
                )
            )
        assert done.requests == before_june and before_june > 0
        mended = _rollup_rows(database)
        for table, rows in mended.items():
            assert [r for r in rows if r[0] < june] == [r for r in kept[table] if r[0] < june]
            assert [r for r in rows if r[0] >= june] == [r for r in spoilt[table] if r[0] >= june]
        with database.session() as session:
            rebuild(session, june, date(2026, 11, 1))
        assert _rollup_rows(database) == kept
        for label, fast, full in _report_pairs(database, datetime(2026, 12, 1, tzinfo=UTC))[::3]:
            assert fast == full, label
    finally:
        database.dispose()
