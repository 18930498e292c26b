"""The soak time: wave 2 opens once it has passed with no failure, even while canaries are
silent, and not before; a failure in the canary keeps it shut. The rules on an app (the
clock is the rules' argument, so no test waits for it)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api_client.schemas import UpdateReport
from central.clock import utcnow
from central.models import Kiosk, UpdateRelease
from central.updates import waves
from central.updates.offers import offer_for, record_report
from tests.central.support import Central

pytestmark = pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)
IDS = ["KS01", "KS02", "KS03", "KS04"]


def _released(central: Central, soak_s: int) -> None:
    for terminal_id in IDS:
        central.enrol(terminal_id)
    with central.database.session() as session:
        now = utcnow()
        session.add(
            UpdateRelease(
                version="2.0.0",
                sha256="0" * 64,
                size=1,
                created=now,
                published_at=now,
                published_by="test",
            )
        )
        session.flush()
        plan = waves.RolloutPlan(canary_percent=25, soak_s=soak_s)
        waves.start(session, "2.0.0", plan, "test", now)


def _offered(central: Central, at_s: float) -> set[str]:
    with central.database.session() as session:
        then = utcnow() + timedelta(seconds=at_s)
        kiosks = session.query(Kiosk).filter(Kiosk.terminal_id.in_(IDS)).all()
        return {k.terminal_id for k in kiosks if offer_for(session, k, then) is not None}


def test_wave_2_opens_after_the_soak_time_with_no_failure(central: Central) -> None:
    _released(central, soak_s=600)
    assert len(_offered(central, 0)) == 1
    assert len(_offered(central, 599)) == 1
    assert _offered(central, 601) == set(IDS)


def test_a_failure_keeps_wave_2_shut_whatever_the_soak(central: Central) -> None:
    _released(central, soak_s=600)
    (canary,) = _offered(central, 0)
    with central.database.session() as session:
        kiosk = session.query(Kiosk).filter(Kiosk.terminal_id == canary).one()
        report = UpdateReport(version="2.0.0", outcome="refused", detail="bad signature")
        record_report(session, kiosk, report, utcnow())
    assert _offered(central, 601) == set()
