"""What the supervisor reports keep: terminal uptime per day, targets per site."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from central.models.base import Base, UTCDateTime
from central.models.requests import RequestRow


class KioskUptime(Base):
    """Seconds a terminal was online on one day (China time), credited by its heartbeats
    (central.reports.uptime). Rows are added to, never rewritten."""

    __tablename__ = "kiosk_uptime"
    __table_args__ = (Index("ix_kiosk_uptime_day", "day"),)

    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    online_s: Mapped[float] = mapped_column(Float)


class ReportTarget(Base):
    """What a site should achieve, set by an organisation for its reports and those below
    it; site "*" is the default for every site. A nearer organisation's target wins."""

    __tablename__ = "report_targets"
    __table_args__ = (UniqueConstraint("organisation_id", "site"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    site: Mapped[str] = mapped_column(String(64))
    requests_per_month: Mapped[int | None] = mapped_column(Integer)
    median_handling_hours: Mapped[float | None] = mapped_column(Float)
    satisfaction_min: Mapped[float | None] = mapped_column(Float)
    uptime_min: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))


# The report's pass over a period's requests reads only the index (central.reports.queries).
Index(
    "ix_requests_report",
    RequestRow.created_at,
    RequestRow.organisation_id,
    RequestRow.channel,
    RequestRow.kind,
    RequestRow.site,
    RequestRow.region_code,
    RequestRow.status,
    RequestRow.due_at,
    RequestRow.completed_at,
)


# A request no longer open. The reports' open-past-due count and oldest-overdue list read only
# the open requests of a period through this partial index (a year holds some 290,000
# requests, a few percent of them open); a query uses it when its WHERE spells the same
# condition with the values inline (central.reports.queries renders them so).
FINISHED_STATUSES = ("completed", "closed", "rejected")
OPEN_CONDITION = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in FINISHED_STATUSES))
Index(
    "ix_requests_open",
    RequestRow.created_at,
    RequestRow.organisation_id,
    RequestRow.due_at,
    RequestRow.status,
    sqlite_where=text(OPEN_CONDITION),
    postgresql_where=text(OPEN_CONDITION),
)


class ReportDay(Base):
    """Requests created on one day (China time), per organisation holding them and the
    report's dimensions: how many, how many completed, how many completed after the due
    date. Kept by central.reports.rollups in the transaction of every write."""

    __tablename__ = "report_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    requests: Mapped[int] = mapped_column(Integer)
    handled: Mapped[int] = mapped_column(Integer)
    completed_late: Mapped[int] = mapped_column(Integer)


class ReportHandling(Base):
    """Handling times of the completed requests created on one day: each distinct duration
    (seconds, exact) with how many requests took it, so medians stay exact."""

    __tablename__ = "report_handling"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    seconds: Mapped[float] = mapped_column(Float, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ReportMonth(Base):
    """The same counts as ReportDay for a whole China month (month = its first day), so a
    long period reads twelve rows where it would read 365 (kept by the same hook)."""

    __tablename__ = "report_months"
    __table_args__ = ({"sqlite_with_rowid": False},)

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    requests: Mapped[int] = mapped_column(Integer)
    handled: Mapped[int] = mapped_column(Integer)
    completed_late: Mapped[int] = mapped_column(Integer)


class ReportHandlingMonth(Base):
    """ReportHandling for a whole China month: each distinct duration with its count. The
    site index serves the few buckets' exact durations a report reads
    (central.reports.quantiles)."""

    __tablename__ = "report_handling_months"
    __table_args__ = (
        Index("ix_report_handling_months_site", "site", "seconds", "month", "n"),
        {"sqlite_with_rowid": False},
    )

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    seconds: Mapped[float] = mapped_column(Float, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ReportHandlingBucket(Base):
    """How many handling times of a China month and site fall in each histogram bucket
    (central.reports.quantiles.bucket), over every organisation: a whole-province report
    finds the buckets holding its medians and p90 here and reads only their exact durations."""

    __tablename__ = "report_handling_buckets"
    __table_args__ = ({"sqlite_with_rowid": False},)

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ReportRating(Base):
    """Ratings of the requests created on one day, per organisation, site and score."""

    __tablename__ = "report_ratings"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(64), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
