"""Terminal uptime credited by heartbeats: the ledger's arithmetic, and the heartbeat path
writing it to kiosk_uptime on both backends."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from sqlalchemy import select

from central.models import KioskUptime
from central.reports.uptime import UptimeLedger, split_by_day
from tests.central.reports.seed import cst
from tests.central.support import Central


def test_a_span_is_split_at_china_midnight() -> None:
    # 23:59:55 to 00:00:05 China time, which is 15:59:55 to 16:00:05 UTC
    assert split_by_day(cst(2026, 12, 31, 23, 59, 55), cst(2027, 1, 1, 0, 0, 5)) == [
        (date(2026, 12, 31), 5.0),
        (date(2027, 1, 1), 5.0),
    ]


def test_each_beat_stands_for_the_time_since_the_last_capped_at_the_interval() -> None:
    ledger = UptimeLedger(beat_s=10)
    start = cst(2026, 8, 1, 12)
    ledger.credit(1, start)  # first beat: one interval
    ledger.credit(1, start + timedelta(seconds=4))  # early beat: 4 s
    ledger.credit(1, start + timedelta(seconds=14))  # on time: 10 s
    ledger.credit(1, start + timedelta(seconds=300))  # back after silence: 10 s, not 286
    ledger.credit(1, start + timedelta(seconds=200))  # out of order: ignored
    ledger.credit(2, start)
    assert ledger.take() == {(1, date(2026, 8, 1)): 34.0, (2, date(2026, 8, 1)): 10.0}
    assert ledger.take() == {}


def test_a_failed_write_keeps_the_seconds() -> None:
    ledger = UptimeLedger(beat_s=10)
    ledger.credit(1, cst(2026, 8, 1, 12))
    taken = ledger.take()
    ledger.credit(1, cst(2026, 8, 1, 12, 0, 5))
    ledger.give_back(taken)
    assert ledger.take() == {(1, date(2026, 8, 1)): 15.0}


def test_heartbeats_add_online_seconds(central: Central) -> None:
    """GIVEN an enrolled terminal WHEN it beats twice and a route reads (which flushes the
    write-behind) THEN its day holds one interval (10 s) plus the gap between the beats."""
    device = central.enrol("K100")
    assert central.beat(device) == 200
    assert central.beat(device) == 200
    central.client.get("/api/v1/reports/targets", headers=central.staff("supervisor"))
    with central.database.session() as session:
        rows = session.scalars(select(KioskUptime)).all()
    total = sum(row.online_s for row in rows)
    assert 10.0 < total < 12.0, total
    assert central.beat(device) == 200
    central.client.get("/api/v1/reports/targets", headers=central.staff("supervisor"))
    with central.database.session() as session:
        again = sum(session.scalars(select(KioskUptime.online_s)).all())
    assert again > total


def test_a_beat_just_after_china_midnight_credits_both_days() -> None:
    ledger = UptimeLedger(beat_s=10)
    ledger.credit(3, cst(2027, 1, 1, 0, 0, 5).astimezone(UTC))
    ledger.credit(4, cst(2027, 1, 1, 0, 0, 15).astimezone(UTC))
    assert ledger.take() == {
        (3, date(2026, 12, 31)): 5.0,
        (3, date(2027, 1, 1)): 5.0,
        (4, date(2027, 1, 1)): 10.0,
    }
