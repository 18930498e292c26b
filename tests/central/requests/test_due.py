"""Due dates count working days in local time; masks keep lists free of full names."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from central.requests.due import WORKING_DAYS, add_working_days, due_for
from central.requests.numbers import last4, mask_id, mask_name

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 -> Monday
        (date(2026, 11, 28), 3, date(2026, 12, 2)),  # Saturday + 3 -> Wednesday
        (date(2026, 11, 30), 7, date(2026, 12, 9)),  # Monday + 7 -> Wednesday next week
    ],
)
def test_working_days_skip_weekends(start: date, count: int, expected: date) -> None:
    assert add_working_days(start, count) == expected


def test_due_at_the_end_of_the_local_day() -> None:
    # Friday 17:00 UTC is already Saturday 01:00 in Shanghai: three working days -> Wednesday
    created = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    due = due_for("consultation", created, SHANGHAI)
    assert due.astimezone(SHANGHAI).isoformat() == "2026-12-02T23:59:59+08:00"
    assert WORKING_DAYS["legal_aid"] == 7 and WORKING_DAYS["callback"] == 1


def test_masks_and_last_four() -> None:
    assert mask_name("欧阳娜娜") == "欧***" and mask_name("") == ""
    assert mask_id("15010219900307123X") == "150102************"
    assert last4("138 0013 8000") == "8000" and last4("12") is None and last4(None) is None
