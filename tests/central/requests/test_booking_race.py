"""Double booking is impossible: terminals racing for one slot against a real server process,
on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from api_client.schemas import OrganisationCreate, SlotsCreate
from central.auth.staff import add_organisation
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from central.models import Appointment, RequestRow
from central.requests.appointments import add_slots
from tests.central.requests.support import booking, tomorrow_nine
from tests.helpers.server import live_service

pytestmark = pytest.mark.e2e
RACERS = 8


@pytest.fixture
def served(central_db_url: str, tmp_path: Path) -> Iterator[tuple[str, int, list[str]]]:
    """GIVEN a notary office with one slot, eight enrolment codes and the service running."""
    database = Database(central_db_url)
    with database.session() as session:
        org = add_organisation(
            session,
            OrganisationCreate(
                code="notary", name="公证处", kind="notary_office", region_code="150000"
            ),
            "test",
        )
        slot = add_slots(
            session, org, SlotsCreate(service="notarisation", starts_at=tomorrow_nine()), "test"
        )[0]
        session.flush()
        slot_id = slot.id
        codes = [issue_enrol_code(session, None, timedelta(hours=1), org.id) for _ in range(RACERS)]
    database.dispose()
    log = tmp_path / "server.log"  # its tail is in the error when the service does not start
    with live_service(central_db_url, data_dir=tmp_path, log_path=log) as service:
        yield service.base, slot_id, codes


def test_racing_bookings_for_one_slot_book_it_once(
    served: tuple[str, int, list[str]], central_db_url: str
) -> None:
    base, slot_id, codes = served
    tokens = []
    for n, code in enumerate(codes):
        reply = httpx.post(
            f"{base}/api/v1/enrol", json={"code": code, "terminal_id": f"R{n:03d}", "site": "hall"}
        )
        tokens.append({"Authorization": f"Bearer {reply.json()['device_token']}"})

    def book(n: int) -> httpx.Response:
        body = booking(slot_id, 1, terminal=f"R{n:03d}")
        return httpx.post(f"{base}/api/v1/kiosk/bookings", json=body, headers=tokens[n], timeout=30)

    with ThreadPoolExecutor(RACERS) as pool:
        replies = list(pool.map(book, range(RACERS)))
    statuses = sorted(r.status_code for r in replies)
    assert statuses == [201] + [409] * (RACERS - 1), [r.text for r in replies]
    assert all("taken" in r.json()["detail"] for r in replies if r.status_code == 409)
    database = Database(central_db_url)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == 1
        assert session.scalar(select(func.count()).select_from(RequestRow)) == 1
    database.dispose()
