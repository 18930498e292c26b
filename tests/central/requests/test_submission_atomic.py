"""A submission and its journal entry commit together or not at all, on both databases.

`receive()` stores the row inside a savepoint and journals it afterwards. On SQLite the
pysqlite driver used to send no BEGIN before that SAVEPOINT, so its RELEASE committed the row
on its own: a failure of the journal write then left a submission nobody journaled, and the
terminal's retry was answered "duplicate" for it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api_client.tracking import make_tracking_number
from central.models import SubmissionRow
from central.models.journal import JournalEntry
from tests.central.support import Central

_SQLITE_REFUSE = (
    "CREATE TRIGGER refuse_journal BEFORE INSERT ON journal_entries "
    "WHEN NEW.action = 'submission.received' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
)
_PG_REFUSE = (
    "CREATE FUNCTION refuse_journal() RETURNS trigger AS $$ BEGIN "
    "IF NEW.action = 'submission.received' THEN RAISE EXCEPTION 'disk full'; END IF; "
    "RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER refuse_journal BEFORE INSERT ON journal_entries "
    "FOR EACH ROW EXECUTE FUNCTION refuse_journal()",
)


def _refuse_journal(central: Central, on: bool) -> None:
    """The database refuses the journal write of a submission (as a full disk would)."""
    sqlite = central.database.url.startswith("sqlite")
    if on:
        statements = _SQLITE_REFUSE if sqlite else _PG_REFUSE
    else:
        statements = (
            ("DROP TRIGGER refuse_journal",)
            if sqlite
            else (
                "DROP TRIGGER refuse_journal ON journal_entries",
                "DROP FUNCTION refuse_journal()",
            )
        )
    with central.database.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def _stored(central: Central, number: str) -> tuple[int, int]:
    with central.database.session() as session:
        rows = session.scalar(select(func.count()).where(SubmissionRow.tracking_number == number))
        entries = session.scalar(
            select(func.count()).where(
                JournalEntry.action == "submission.received", JournalEntry.subject == number
            )
        )
    return int(rows or 0), int(entries or 0)


def test_a_failed_journal_write_leaves_no_submission(central: Central) -> None:
    """GIVEN an enrolled terminal and a database that refuses the submission's journal entry
    WHEN the terminal delivers a submission THEN it gets a 500, and neither the submission nor
    a journal entry is stored; once the database accepts writes again the outbox's retry is
    stored as new (not answered "duplicate") with its journal entry."""
    headers = central.enrol("HALL01")
    number = make_tracking_number("HALL01", date(2026, 12, 7), 1)
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "legal_aid",
        "tracking_number": number,
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {"applicant": {"name": "测试申请人", "phone": "13800138000"}},
    }
    terminal = TestClient(central.app, raise_server_exceptions=False)
    _refuse_journal(central, on=True)
    failed = terminal.post("/api/v1/submissions", json=body, headers=headers)
    assert failed.status_code == 500, failed.text
    assert _stored(central, number) == (0, 0), "a submission committed without its journal entry"

    _refuse_journal(central, on=False)
    retried = terminal.post("/api/v1/submissions", json=body, headers=headers)
    assert retried.status_code == 201 and retried.json()["duplicate"] is False, retried.text
    assert _stored(central, number) == (1, 1)
