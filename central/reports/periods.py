"""Report periods in China time (UTC+8, no daylight saving): a date picks the ISO week,
month, quarter or year that contains it; the period is the half-open span [start, end)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Literal

CHINA = timezone(timedelta(hours=8), "CST")
PeriodName = Literal["weekly", "monthly", "quarterly", "yearly"]
FIRST_DATE = date(2000, 1, 1)
LAST_DATE = date(2099, 12, 31)


class PeriodError(ValueError):
    """The date cannot make a period; the message says what is allowed."""


@dataclass(frozen=True)
class Period:
    name: PeriodName
    label: str  # 2026-W53, 2026-07, 2026-Q3, 2026
    first_day: date
    end_day: date  # the day after the last

    @property
    def starts_at(self) -> datetime:
        """The first instant, in China time (an aware datetime)."""
        return datetime.combine(self.first_day, time(), CHINA)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.end_day, time(), CHINA)

    @property
    def days(self) -> int:
        return (self.end_day - self.first_day).days

    def as_of(self, now: datetime) -> datetime:
        """Where the period's clock stops: its end, or now for the period still running."""
        return min(self.ends_at, now).astimezone(UTC)


def period_for(name: PeriodName, day: date) -> Period:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise PeriodError(
            f"date {day.isoformat()} is out of range; use a date from "
            f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"
        )
    if name == "weekly":
        year, week, weekday = day.isocalendar()
        first = day - timedelta(days=weekday - 1)
        return Period(name, f"{year}-W{week:02d}", first, first + timedelta(days=7))
    if name == "monthly":
        first = day.replace(day=1)
        end = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return Period(name, f"{day.year}-{day.month:02d}", first, end)
    if name == "quarterly":
        quarter = (day.month - 1) // 3 + 1
        first = date(day.year, 3 * quarter - 2, 1)
        end = date(day.year + 1, 1, 1) if quarter == 4 else date(day.year, 3 * quarter + 1, 1)
        return Period(name, f"{day.year}-Q{quarter}", first, end)
    return Period(name, f"{day.year}", date(day.year, 1, 1), date(day.year + 1, 1, 1))


def china_today(now: datetime) -> date:
    return now.astimezone(CHINA).date()
