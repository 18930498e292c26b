"""Due dates by kind, counted in working days (Monday to Friday, local time).

Consultation 3 working days, call-back 1, notarisation 5, legal aid 7, mediation 10: the
answer is due at the end of that local day. Public holidays are not modelled yet.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from api_client.schemas import RequestKind

WORKING_DAYS: Final[dict[RequestKind, int]] = {
    "callback": 1,
    "consultation": 3,
    "notarisation": 5,
    "legal_aid": 7,
    "mediation": 10,
}


def add_working_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def end_of_working_days(start: datetime, count: int, zone: ZoneInfo) -> datetime:
    """The end of the local day `count` working days after `start` (aware, in `zone`)."""
    local = start.astimezone(zone)
    last = add_working_days(local.date(), count)
    return datetime.combine(last, time(23, 59, 59), tzinfo=zone)


def due_for(kind: RequestKind, created: datetime, zone: ZoneInfo) -> datetime:
    return end_of_working_days(created, WORKING_DAYS[kind], zone)
