"""Daily roll-ups of the supervisor reports, kept right in the transaction of every write.

A request counts on the day it was created (China time) under the organisation holding it
now. A late offline submission (created days ago at the terminal, delivered today) lands on
its own old day; a completion, a reopening or an accepted transfer moves the request's counts
from its old key to its new one. `track` runs after every flush of the service's sessions
(central.db registers it, and `remember` before the flush), so every write path in
central/requests/ and central/sessions/ goes through this one function and none can forget
it; `rebuild` recomputes a day range from the raw tables (the migration and
`lexkiosk-central rollups rebuild`).

The requests and handling times are kept a second time per China month (report_months,
report_handling_months), from the same deltas, so a year's report sums twelve months instead
of 365 days; a rebuild sums the months it touched from the daily tables in the database. The
month's handling times are also counted per site and histogram bucket over every organisation
(report_handling_buckets, central.reports.bucket_rollups), so a whole-province report reads
only the few exact durations that hold its medians.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Date,
    Table,
    and_,
    bindparam,
    delete,
    event,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from central.clock import as_utc
from central.models import (
    RatingRow,
    ReportDay,
    ReportHandling,
    ReportHandlingMonth,
    ReportMonth,
    ReportRating,
    RequestRow,
)
from central.reports.bucket_rollups import BUCKETS, bucket_rows, rebuild_buckets
from central.reports.bucket_rollups import KEY as BUCKET_KEY
from central.reports.periods import CHINA

CHUNK_DAYS = 31  # a rebuild holds one month's keys in memory at a time


class Snapshot(NamedTuple):
    """What of a request the roll-ups depend on."""

    created_at: datetime
    organisation_id: int
    channel: str
    kind: str
    site: str
    region_code: str
    due_at: datetime | None
    completed_at: datetime | None


FIELDS = Snapshot._fields
COLUMNS = tuple(getattr(RequestRow, name) for name in FIELDS)


def china_day(moment: datetime) -> date:
    return as_utc(moment).astimezone(CHINA).date()


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(), CHINA)


def handling_seconds(created: datetime, completed: datetime) -> float:
    """The one definition of a handling time (the full recomputation uses it too)."""
    return (as_utc(completed) - as_utc(created)).total_seconds()


@dataclass
class Deltas:
    """Changes to the three roll-ups, summed per key before they reach the database."""

    days: dict[tuple[Any, ...], list[int]] = field(default_factory=lambda: defaultdict(_zeros))
    handling: dict[tuple[Any, ...], int] = field(default_factory=lambda: defaultdict(int))
    ratings: dict[tuple[Any, ...], int] = field(default_factory=lambda: defaultdict(int))

    def request(self, snap: Snapshot, sign: int) -> None:
        day = china_day(snap.created_at)
        done = snap.completed_at is not None
        late = (
            snap.completed_at is not None
            and snap.due_at is not None
            and as_utc(snap.completed_at) > as_utc(snap.due_at)
        )
        key = (day, snap.organisation_id, snap.channel, snap.kind, snap.site, snap.region_code)
        counts = self.days[key]
        counts[0] += sign
        counts[1] += sign * done
        counts[2] += sign * late
        if snap.completed_at is not None:
            seconds = handling_seconds(snap.created_at, snap.completed_at)
            self.handling[(day, snap.organisation_id, snap.site, seconds)] += sign

    def rating(self, snap: Snapshot, score: int, sign: int) -> None:
        day = china_day(snap.created_at)
        self.ratings[(day, snap.organisation_id, snap.site, score)] += sign

    def rows(self, months: bool = True) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        """The rows to add per table; `months` False leaves out the monthly tables (a
        rebuild sums those from the days in the database)."""
        days = [
            dict(zip(_DAY_KEY + _DAY_COUNTS, (*key, *counts), strict=True))
            for key, counts in self.days.items()
            if any(counts)
        ]
        handling = [
            dict(zip((*_HANDLING_KEY, "n"), (*key, n), strict=True))
            for key, n in self.handling.items()
            if n
        ]
        ratings = [
            dict(zip((*_RATING_KEY, "n"), (*key, n), strict=True))
            for key, n in self.ratings.items()
            if n
        ]
        yield _DAYS, days
        yield _HANDLING, handling
        yield _RATINGS, ratings
        if months:
            yield _MONTHS, _by_month(self.days, _DAY_KEY + _DAY_COUNTS, 3)
            yield _HANDLING_MONTHS, _by_month(self.handling, (*_HANDLING_KEY, "n"), 1)
            yield BUCKETS, bucket_rows(self.handling)


def _by_month(
    deltas: dict[tuple[Any, ...], Any], columns: tuple[str, ...], width: int
) -> list[dict[str, Any]]:
    """Day-keyed deltas summed per month (the first key column becomes "month")."""
    summed: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0] * width)
    for key, counts in deltas.items():
        total = summed[(month_of(key[0]), *key[1:])]
        for i, c in enumerate(counts if width > 1 else (counts,)):
            total[i] += c
    names = ("month", *columns[1:])
    return [
        dict(zip(names, (*key, *counts), strict=True))
        for key, counts in summed.items()
        if any(counts)
    ]


def _zeros() -> list[int]:
    return [0, 0, 0]


_DAYS: Table = ReportDay.__table__  # type: ignore[assignment]
_HANDLING: Table = ReportHandling.__table__  # type: ignore[assignment]
_RATINGS: Table = ReportRating.__table__  # type: ignore[assignment]
_MONTHS: Table = ReportMonth.__table__  # type: ignore[assignment]
_HANDLING_MONTHS: Table = ReportHandlingMonth.__table__  # type: ignore[assignment]
_DAY_KEY = ("day", "organisation_id", "channel", "kind", "site", "region_code")
_DAY_COUNTS = ("requests", "handled", "completed_late")
_HANDLING_KEY = ("day", "organisation_id", "site", "seconds")
_RATING_KEY = ("day", "organisation_id", "site", "score")
_KEYS = {
    _DAYS.name: _DAY_KEY,
    _HANDLING.name: _HANDLING_KEY,
    _RATINGS.name: _RATING_KEY,
    _MONTHS.name: ("month", *_DAY_KEY[1:]),
    _HANDLING_MONTHS.name: ("month", *_HANDLING_KEY[1:]),
    BUCKETS.name: BUCKET_KEY,
}
_COUNTS = {
    _DAYS.name: _DAY_COUNTS,
    _HANDLING.name: ("n",),
    _RATINGS.name: ("n",),
    _MONTHS.name: _DAY_COUNTS,
    _HANDLING_MONTHS.name: ("n",),
    BUCKETS.name: ("n",),
}


def _add(conn: Connection, deltas: Deltas) -> None:
    """Add the deltas to the stored counts (insert or increment), then drop the rows that
    fell to zero so a report never shows a group with no requests."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    for table, rows in deltas.rows():
        if not rows:
            continue
        keys, counts = _KEYS[table.name], _COUNTS[table.name]
        stmt = dialect.insert(table)
        increment = {c: table.c[c] + stmt.excluded[c] for c in counts}
        conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=increment), rows)
        shrunk = [r for r in rows if any(r[c] < 0 for c in counts)]
        if shrunk:
            match = and_(*(table.c[k] == bindparam(k) for k in keys))
            empty = table.c[counts[0]] <= 0
            conn.execute(delete(table).where(match, empty), shrunk)


def _current(row: RequestRow) -> Snapshot:
    return Snapshot(*(getattr(row, name) for name in FIELDS))


_BEFORE = "report_rollups_before"


def _stored(session: Session, ids: list[int]) -> dict[int, Snapshot]:
    query = select(RequestRow.id, *COLUMNS).where(RequestRow.id.in_(ids))
    rows = session.connection().execute(query)
    return {int(row[0]): Snapshot(*row[1:]) for row in rows}


def remember(session: Session, _context: object, _instances: object) -> None:
    """Before-flush hook: the stored state of every request about to change or go, read from
    the database itself (an attribute set without being loaded first has no old value in the
    ORM's history)."""
    changing = [
        obj.id
        for obj in (*session.dirty, *session.deleted)
        if isinstance(obj, RequestRow) and obj.id is not None
    ]
    if changing:
        session.info.setdefault(_BEFORE, {}).update(_stored(session, changing))


def _rating_key(snap: Snapshot) -> tuple[date, int, str]:
    return china_day(snap.created_at), snap.organisation_id, snap.site


def _request_of(session: Session, rating: RatingRow) -> RequestRow | None:
    return session.get(RequestRow, rating.request_id)


def register(sessions: sessionmaker[Session]) -> None:
    """Keep the roll-ups of every session the factory makes."""
    event.listen(sessions, "before_flush", remember)
    event.listen(sessions, "after_flush", track)


def track(session: Session, _context: object) -> None:
    """After-flush hook: turn the flushed inserts, changes and deletes of requests and ratings
    into roll-up deltas, written on the same connection (so in the same transaction)."""
    deltas = Deltas()
    stored: dict[int, Snapshot] = session.info.pop(_BEFORE, {})
    new_ratings: set[int] = set()
    for obj in session.new:
        if isinstance(obj, RequestRow):
            deltas.request(_current(obj), 1)
        elif isinstance(obj, RatingRow):
            new_ratings.add(obj.id)
            request = _request_of(session, obj)
            if request is not None:
                deltas.rating(_current(request), obj.score, 1)
    conn = session.connection()
    for obj in session.dirty:
        if isinstance(obj, RequestRow):
            after = _current(obj)
            before = stored.get(obj.id, after)
            if before == after:
                continue
            deltas.request(before, -1)
            deltas.request(after, 1)
            if _rating_key(before) != _rating_key(after):
                rated = select(RatingRow.id, RatingRow.score).where(RatingRow.request_id == obj.id)
                for rating_id, score in conn.execute(rated):
                    if rating_id not in new_ratings:
                        deltas.rating(before, score, -1)
                        deltas.rating(after, score, 1)
    for obj in session.deleted:
        if isinstance(obj, RequestRow) and obj.id in stored:
            deltas.request(stored[obj.id], -1)
        elif isinstance(obj, RatingRow):
            request = _request_of(session, obj)
            if request is not None:
                deltas.rating(stored.get(request.id, _current(request)), obj.score, -1)
    _add(conn, deltas)


@dataclass(frozen=True)
class Rebuilt:
    first_day: date | None
    end_day: date | None
    requests: int
    rows: int


def _span(session: Session) -> tuple[date, date] | None:
    low, high = session.execute(
        select(func.min(RequestRow.created_at), func.max(RequestRow.created_at))
    ).one()
    if low is None or high is None:
        return None
    # created_at comes back through UTCDateTime only for ORM columns; min/max may be naive
    return china_day(_aware(low)), china_day(_aware(high)) + timedelta(days=1)


def _aware(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return as_utc(moment)


def rebuild(
    session: Session, first_day: date | None = None, end_day: date | None = None
) -> Rebuilt:
    """Recompute the roll-ups of [first_day, end_day) from the raw tables (every day when
    both are None); other days are left as they are."""
    span = _span(session)
    low = first_day or (span[0] if span else None)
    high = end_day or (span[1] if span else None)
    requests = rows = 0
    conn = session.connection()
    if low is not None and high is not None:
        for table in (_DAYS, _HANDLING, _RATINGS):
            conn.execute(delete(table).where(table.c.day >= low, table.c.day < high))
        chunk = low
        while chunk < high:
            stop = min(high, chunk + timedelta(days=CHUNK_DAYS))
            n, written = _rebuild_chunk(conn, chunk, stop)
            requests, rows = requests + n, rows + written
            chunk = stop
        rows += rebuild_months(session, month_of(low), next_month(month_of(high - timedelta(1))))
    return Rebuilt(first_day, end_day, requests, rows)


def rebuild_months(
    session: Session, first_month: date | None = None, end_month: date | None = None
) -> int:
    """Sum the monthly roll-ups of [first_month, end_month) from the daily ones, in the
    database (every month that has days when both are None); returns the rows written."""
    conn = session.connection()
    if first_month is None or end_month is None:
        low, high = conn.execute(select(func.min(_DAYS.c.day), func.max(_DAYS.c.day))).one()
        if low is None or high is None:
            return 0
        first_month, end_month = month_of(_as_date(low)), next_month(month_of(_as_date(high)))
    written = 0
    for table in (_MONTHS, _HANDLING_MONTHS):
        conn.execute(delete(table).where(table.c.month >= first_month, table.c.month < end_month))
    month = first_month
    while month < end_month:
        for source, target in ((_DAYS, _MONTHS), (_HANDLING, _HANDLING_MONTHS)):
            keys = [source.c[k] for k in _KEYS[source.name][1:]]
            sums = [func.sum(source.c[c]) for c in _COUNTS[source.name]]
            query = (
                select(literal(month, Date), *keys, *sums)
                .where(source.c.day >= month, source.c.day < next_month(month))
                .group_by(*keys)
            )
            done = conn.execute(insert(target).from_select(list(_KEYS[target.name])
                                + list(_COUNTS[target.name]), query))  # fmt: skip
            written += max(done.rowcount, 0)
        month = next_month(month)
    return written + rebuild_buckets(conn, first_month, end_month)


def _as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _rebuild_chunk(conn: Connection, first: date, end: date) -> tuple[int, int]:
    where = and_(RequestRow.created_at >= day_start(first), RequestRow.created_at < day_start(end))
    deltas = Deltas()
    n = 0
    for row in conn.execute(select(*COLUMNS).where(where)):
        deltas.request(Snapshot(*row), 1)
        n += 1
    rated = select(*COLUMNS, RatingRow.score).join(RatingRow, RatingRow.request_id == RequestRow.id)
    for *snap, score in conn.execute(rated.where(where)):
        deltas.rating(Snapshot(*snap), score, 1)
    written = 0
    for table, rows in deltas.rows(months=False):
        if rows:
            conn.execute(insert(table), rows)
            written += len(rows)
    return n, written
