"""The hash-chained journal: administrative events are recorded; tampering is detected."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import delete, select, update

from central.models import JournalEntry
from tests.central.support import PASSWORD, Central


def _events(central: Central) -> dict[str, str]:
    """GIVEN a few administrative events: staff added, a terminal enrolled, a failed login."""
    central.add_staff("auditor", ["supervisor"])
    central.enrol("K001")
    central.client.post("/api/v1/auth/login", json={"username": "auditor", "password": "wrong1"})
    return central.login("auditor")


def _verify(central: Central, headers: dict[str, str], head: str | None = None) -> dict[str, Any]:
    params = {"head": head} if head else {}
    reply = central.client.get("/api/v1/journal/verify", params=params, headers=headers)
    assert reply.status_code == 200
    verdict: dict[str, Any] = reply.json()
    return verdict


def test_administrative_events_are_journaled(central: Central) -> None:
    auditor = _events(central)
    with central.database.session() as session:
        actions = session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)).all()
    assert actions == [
        "organisation.add",
        "staff.add",
        "kiosk.enrol_code",
        "kiosk.enrol",
        "login.failed",
    ]
    verdict = _verify(central, auditor)
    assert verdict["ok"] is True and verdict["entries"] == 5


def test_head_is_the_hash_of_the_last_entry(central: Central) -> None:
    auditor = _events(central)
    head = central.client.get("/api/v1/journal/head", headers=auditor).json()
    assert head["seq"] == 5
    assert _verify(central, auditor, head["entry_hash"])["ok"] is True


@pytest.mark.parametrize(
    "change",
    [
        {"actor": "staff:someone-else"},
        {"action": "staff.remove"},
        {"subject": "staff:nobody"},
        {"payload": {"organisation": "elsewhere", "roles": ["admin"]}},
        {"payload_sha256": "0" * 64},
    ],
)
def test_altering_any_field_breaks_the_chain_there(
    central: Central, change: dict[str, Any]
) -> None:
    auditor = _events(central)
    with central.database.session() as session:
        session.execute(update(JournalEntry).where(JournalEntry.seq == 2).values(**change))
    verdict = _verify(central, auditor)
    assert verdict["ok"] is False
    assert verdict["broken_at_seq"] == 2


def test_rehashing_an_altered_entry_breaks_the_next_link(central: Central) -> None:
    """GIVEN an entry altered and its own hash recomputed THEN the next link no longer holds."""
    from central.journal.chain import entry_hash, payload_hash

    auditor = _events(central)
    with central.database.session() as session:
        row = session.scalars(select(JournalEntry).where(JournalEntry.seq == 2)).one()
        row.payload = {"organisation": "root", "roles": ["admin"]}
        row.payload_sha256 = payload_hash(row.payload)
        row.entry_hash = entry_hash(
            row.seq, row.at, row.actor, row.action, row.subject, row.payload_sha256, row.prev_hash
        )
    verdict = _verify(central, auditor)
    assert verdict["broken_at_seq"] == 3
    assert "does not link" in verdict["reason"]


def test_deleting_a_row_is_detected(central: Central) -> None:
    auditor = _events(central)
    with central.database.session() as session:
        session.execute(delete(JournalEntry).where(JournalEntry.seq == 3))
    verdict = _verify(central, auditor)
    assert verdict["ok"] is False
    assert verdict["broken_at_seq"] == 4
    assert "sequence 3 is missing" in verdict["reason"]


def test_truncating_the_end_is_detected_with_the_published_head(central: Central) -> None:
    auditor = _events(central)
    published = central.client.get("/api/v1/journal/head", headers=auditor).json()["entry_hash"]
    with central.database.session() as session:
        session.execute(delete(JournalEntry).where(JournalEntry.seq >= 4))
    assert _verify(central, auditor)["ok"] is True, "a cut chain is valid on its own"
    verdict = _verify(central, auditor, published)
    assert verdict["ok"] is False
    assert "not in the journal" in verdict["reason"]
    assert "the journal now ends at entry 3" in verdict["reason"]


def test_the_cli_verify_reports_the_first_broken_link(
    central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    from central.cli import main

    _events(central)
    url = central.database.url
    assert main(["journal", "verify", "--db", url, "--chain-only"]) == 0
    with central.database.session() as session:
        session.execute(update(JournalEntry).where(JournalEntry.seq == 1).values(actor="x"))
    capsys.readouterr()
    assert main(["journal", "verify", "--db", url, "--chain-only"]) == 1
    assert "journal broken at entry 1" in capsys.readouterr().err


def test_journal_is_for_auditors_only(central: Central) -> None:
    _events(central)
    notary = central.staff("notary")
    assert central.client.get("/api/v1/journal/head", headers=notary).status_code == 403
    assert PASSWORD


def test_concurrent_writers_keep_one_chain(central: Central) -> None:
    """GIVEN four threads appending at once WHEN they finish THEN the chain has no fork."""
    from concurrent.futures import ThreadPoolExecutor

    from central.journal import chain as journal

    def write(n: int) -> None:
        for i in range(10):
            with central.database.session() as session:
                journal.append(session, f"thread:{n}", "test.event", f"item:{i}", {"i": i})

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(write, range(4)))
    with central.database.session() as session:
        verdict = journal.verify(session)
    assert verdict.ok, verdict.reason
    assert verdict.entries == 41  # 40 + the root organisation
