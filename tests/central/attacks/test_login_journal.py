"""Low 13: failed logins cannot flood the permanent journal."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from central.db import Database
from central.models import JournalEntry
from tests.central.attacks.conftest import Seeded
from tests.helpers.server import LiveService


def _failed_entries(db_url: str) -> list[str]:
    database = Database(db_url)
    try:
        with database.session() as session:
            query = select(JournalEntry.subject).where(JournalEntry.action == "login.failed")
            return list(session.scalars(query.order_by(JournalEntry.seq)))
    finally:
        database.dispose()


def _client(service: LiveService, address: str) -> httpx.Client:
    """A client whose connections come from `address` (each address has its own limit)."""
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=service.base, timeout=10, transport=transport)


def test_anonymous_failures_leave_no_entry_and_an_account_gets_one_per_window(
    seeded: Seeded, service: LiveService
) -> None:
    """WHEN 15 logins with made-up usernames fail (from three addresses, through the API and
    the console form) and 4 wrong passwords are tried for an existing account
    THEN the journal holds no entry for the made-up names and one for the account."""
    for n, address in enumerate(("127.0.0.2", "127.0.0.3", "127.0.0.4")):
        with _client(service, address) as client:
            for i in range(5):
                name = f"nobody{n}x{i}"
                if i % 2:
                    form = {"username": name, "password": "guess"}
                    assert client.post("/console/login", data=form).status_code == 401
                else:
                    body = {"username": name, "password": "guess"}
                    assert client.post("/api/v1/auth/login", json=body).status_code == 401
    with _client(service, "127.0.0.5") as client:
        for _ in range(4):
            body = {"username": "tech-a", "password": "not the password"}
            assert client.post("/api/v1/auth/login", json=body).status_code == 401
        metrics = client.get("/metrics").text
    assert "lexkiosk_login_failures_total 19.0" in metrics, "every failure is still counted"
    assert _failed_entries(seeded.db_url) == ["staff:tech-a"]
