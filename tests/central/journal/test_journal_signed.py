"""The journal against someone who can write the database: signed checkpoints outside it.

Tampering is done the way such a person would, straight in the SQLite file, recomputing the
hash chain after the change; `lexkiosk-central journal verify` runs as a process.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from central.cli import main
from central.db import Database
from central.journal.chain import GENESIS, entry_hash, payload_hash
from central.models import JournalEntry, JournalHead
from tests.helpers import run_cli


class Journal:
    """A database with journal entries and a data dir holding the key and the checkpoints."""

    def __init__(self, tmp: Path) -> None:
        self.dir = tmp
        self.url = f"sqlite:///{tmp / 'central.sqlite3'}"
        self.orgs = 0

    def cli(self, *argv: str) -> tuple[int, str]:
        """In-process, for set-up (fast); the checks below run the real command."""
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = main([*argv[:2], "--db", self.url, "--data-dir", str(self.dir), *argv[2:]])
        return status, out.getvalue()

    def add_events(self, count: int) -> None:
        for _ in range(count):
            self.orgs += 1
            code = f"org{self.orgs}"
            assert (
                self.cli(
                    "org",
                    "add",
                    code,
                    "--name",
                    code,
                    "--kind",
                    "justice_bureau",
                    "--region",
                    "150000",
                )[0]
                == 0
            )

    def checkpoint(self) -> str:
        status, out = self.cli("journal", "checkpoint")
        assert status == 0, out
        return out

    def verify(self, *extra: str) -> tuple[int, str]:
        return self.cli("journal", "verify", *extra)

    def verify_process(self, *extra: str) -> tuple[int, str]:
        """`lexkiosk-central journal verify` as an operator runs it."""
        done = run_cli(
            "lexkiosk-central",
            "journal",
            "verify",
            "--db",
            self.url,
            "--data-dir",
            str(self.dir),
            *extra,
        )
        return done.returncode, done.stdout + done.stderr

    def rewrite(self, seq: int, payload: dict[str, object]) -> None:
        """Alter entry `seq` and recompute every hash from it on, as an attacker with write
        access to the database can."""
        database = Database(self.url)
        try:
            with database.session() as session:
                rows = session.scalars(
                    select(JournalEntry).where(JournalEntry.seq >= seq).order_by(JournalEntry.seq)
                ).all()
                prev = rows[0].prev_hash
                rows[0].payload = payload
                for row in rows:
                    row.payload_sha256 = payload_hash(row.payload)
                    row.prev_hash = prev
                    row.entry_hash = entry_hash(
                        row.seq, row.at, row.actor, row.action, row.subject,
                        row.payload_sha256, prev,
                    )  # fmt: skip
                    prev = row.entry_hash
                session.flush()
                session.execute(update(JournalHead).values(entry_hash=prev))
        finally:
            database.dispose()

    def cut_from(self, seq: int) -> None:
        database = Database(self.url)
        try:
            with database.session() as session:
                session.execute(delete(JournalEntry).where(JournalEntry.seq >= seq))
                last = session.scalars(
                    select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)
                ).first()
                session.execute(
                    update(JournalHead).values(
                        seq=last.seq if last else 0, entry_hash=last.entry_hash if last else GENESIS
                    )
                )
        finally:
            database.dispose()


@pytest.fixture
def signed(tmp_path: Path) -> Journal:
    """GIVEN five journal entries, all signed in a checkpoint (plus one signed earlier)."""
    journal = Journal(tmp_path)
    journal.add_events(2)
    journal.checkpoint()
    journal.add_events(3)
    journal.checkpoint()
    return journal


def test_an_untouched_journal_verifies_with_its_checkpoints(signed: Journal) -> None:
    status, out = signed.verify_process()
    assert status == 0, out
    assert "journal ok: 5 entries" in out
    assert "matches 2 signed checkpoint(s)" in out


def test_a_row_rewritten_with_the_chain_recomputed_is_named(signed: Journal) -> None:
    """The tamper test: the chain alone is fooled; the signed checkpoints are not."""
    signed.rewrite(3, {"code": "org2", "name": "someone else", "parent": None})
    status, out = signed.verify_process("--chain-only")
    assert status == 0, "a recomputed chain holds by itself"
    status, out = signed.verify_process()
    assert status == 1
    assert "journal broken at entry 3" in out
    assert "altered after signing" in out
    assert "Traceback" not in out


def test_a_deleted_end_is_reported_as_a_gap(signed: Journal) -> None:
    signed.cut_from(4)
    status, out = signed.verify()
    assert status == 1
    assert "the journal ends at entry 3" in out
    assert "entries 4 to 5 are gone" in out


def test_a_database_restored_from_an_earlier_copy_reports_the_gap(signed: Journal) -> None:
    """GIVEN a copy of the database taken at entry 5 WHEN two more entries are signed and the
    copy is put back, and the service writes on THEN verify reports what the restore lost."""
    backup = signed.dir / "backup.sqlite3"
    shutil.copy(signed.dir / "central.sqlite3", backup)
    signed.add_events(2)
    signed.checkpoint()
    shutil.copy(backup, signed.dir / "central.sqlite3")
    status, out = signed.verify()
    assert status == 1
    assert "the journal ends at entry 5" in out and "entries 6 to 7 are gone" in out

    signed.add_events(1)  # the restored service goes on writing entry 6 anew
    status, out = signed.verify()
    assert status == 1
    assert "journal broken at entry 6" in out
    assert "restored to entry 5" in out


def test_the_writer_refuses_to_sign_over_a_tampered_journal(signed: Journal) -> None:
    signed.rewrite(2, {"code": "x"})
    signed.add_events(1)
    status, out = signed.cli("journal", "checkpoint")
    assert status == 1
    assert "no longer holds entry 5" in out
    assert signed.verify()[0] == 1


@pytest.mark.parametrize("damage", ["edit", "drop-first", "other-key"])
def test_a_damaged_checkpoint_file_is_refused(signed: Journal, damage: str) -> None:
    path = signed.dir / "journal-checkpoints.jsonl"
    lines = path.read_text().splitlines()
    if damage == "edit":
        record = json.loads(lines[1])
        record["hashes"][0] = "0" * 64
        lines[1] = json.dumps(record)
        expected = "line 2 does not match its signature"
    elif damage == "drop-first":
        lines = lines[1:]
        expected = "starts at entry 3, not at 1"
    else:
        (signed.dir / "journal-signing.key").unlink()
        path.write_text("")
        signed.checkpoint()  # a new key signs everything again
        lines = path.read_text().splitlines()
        status, out = signed.verify("--public-key", _public_key_of(signed, lines))
        assert status == 0, out
        old = json.loads(lines[0])
        old["key_id"] = "0123456789abcdef"
        lines[0] = json.dumps(old)
        expected = "signed by key 0123456789abcdef"
    path.write_text("\n".join(lines) + "\n")
    status, out = signed.verify()
    assert status == 1
    assert expected in out, out


def _public_key_of(journal: Journal, lines: list[str]) -> str:
    status, out = journal.cli("journal", "public-key")
    assert status == 0
    return out.strip()


def test_journal_head_pastes_into_verify_head(signed: Journal) -> None:
    status, out = signed.cli("journal", "head")
    published = out.strip()
    assert status == 0 and published.startswith("5:") and len(published) == 66
    assert signed.verify("--head", published)[0] == 0

    signed.cut_from(4)
    status, out = signed.verify("--chain-only", "--head", published)
    assert status == 1
    assert "entries 4 to 5 were removed" in out


def test_a_rehashed_edit_against_a_published_head_is_not_called_a_removal(
    signed: Journal,
) -> None:
    published = signed.cli("journal", "head")[1].strip()
    signed.rewrite(2, {"code": "org1", "name": "changed"})
    status, out = signed.verify("--chain-only", "--head", published)
    assert status == 1
    assert "entry 5 is not the published head" in out
    assert "removed" not in out


def test_verify_without_checkpoints_says_what_to_do(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.add_events(1)
    status, out = journal.verify()
    assert status == 1
    assert "no journal signing key" in out and "--chain-only" in out
    journal.checkpoint()
    (tmp_path / "journal-checkpoints.jsonl").unlink()
    status, out = journal.verify()
    assert status == 1
    assert "no checkpoint file" in out


def _signed_up_to(path: Path) -> int:
    lines = path.read_text().splitlines() if path.exists() else []
    return int(json.loads(lines[-1])["seq"]) if lines else 0


def test_the_service_signs_new_entries_at_intervals(tmp_path: Path) -> None:
    """GIVEN `serve --checkpoint-every 1` WHEN entries are added behind its back THEN the
    running service signs them within a bounded time, and they verify."""
    from central.migrate import upgrade
    from tests.helpers.server import running_service

    journal = Journal(tmp_path)
    upgrade(journal.url)
    path = tmp_path / "journal-checkpoints.jsonl"
    with running_service(journal.url, "--checkpoint-every", "1", data_dir=tmp_path):
        journal.add_events(3)
        deadline = time.monotonic() + 30
        while _signed_up_to(path) < 3:
            assert time.monotonic() < deadline, "the service signed nothing in 30 s"
            time.sleep(0.1)
    assert (tmp_path / "journal-signing.key").stat().st_mode & 0o077 == 0
    status, out = journal.verify()
    assert status == 0, out


def test_the_api_verify_holds_the_database_against_the_checkpoints(signed: Journal) -> None:
    """GIVEN the service keeping checkpoints WHEN a row is rewritten and the chain re-hashed
    THEN `GET /api/v1/journal/verify` names the entry too."""
    from fastapi.testclient import TestClient

    from api_client.schemas import StaffCreate
    from central.app import create_app
    from central.auth.staff import add_staff
    from central.settings import CentralSettings

    database = Database(signed.url)
    with database.session() as session:
        body = StaffCreate(
            username="auditor",
            display_name="Auditor",
            organisation="org1",
            roles=["supervisor"],
            password="correct horse battery staple",
        )
        add_staff(session, body, "test")
    database.dispose()
    settings = CentralSettings(db_url=signed.url, data_dir=signed.dir, journal_checkpoint_s=3600)
    with TestClient(create_app(settings)) as client:
        login = {"username": "auditor", "password": "correct horse battery staple"}
        token = client.post("/api/v1/auth/login", json=login).json()["access_token"]
        auditor = {"Authorization": f"Bearer {token}"}
        assert client.get("/api/v1/journal/verify", headers=auditor).json()["ok"] is True
        signed.rewrite(4, {"code": "org4", "name": "changed"})
        verdict = client.get("/api/v1/journal/verify", headers=auditor).json()
    assert verdict["ok"] is False
    assert verdict["broken_at_seq"] == 4
    assert "altered after signing" in verdict["reason"]


def test_an_unusable_key_leaves_the_service_up_and_verify_says_why(signed: Journal) -> None:
    """GIVEN the key file overwritten with garbage WHEN the service starts THEN it serves (the
    journal is not a reason to stop answering terminals) and its verify names the key."""
    from fastapi.testclient import TestClient

    from central.app import create_app
    from central.settings import CentralSettings

    (signed.dir / "journal-signing.key").write_text("not a key\n")
    settings = CentralSettings(db_url=signed.url, data_dir=signed.dir, journal_checkpoint_s=3600)
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
    status, out = signed.verify()
    assert status == 1
    assert "is not a usable Ed25519 key" in out
