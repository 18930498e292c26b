"""Backup while a terminal keeps submitting, restore into a fresh database and folder, and what
`journal verify` says about the restored copy; on SQLite and on PostgreSQL. Every command runs
as a process, as an operator runs it; the service is a real process written to over HTTP."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from central.backup.archive import check
from central.backup.database import figures
from tests.helpers import BIN, ROOT, missing, run_cli
from tests.helpers.served import serve_url

CLI = "lexkiosk-central"


def run_together(*argvs: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """`lexkiosk-central` commands that do not depend on each other, run at the same time
    (each process spends most of its time importing)."""
    started = [
        subprocess.Popen(
            [str(BIN / CLI), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for argv in argvs
    ]
    done = []
    for argv, process in zip(argvs, started, strict=True):
        out, err = process.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(argv, process.returncode, out, err))
    return done


class Writer:
    """The writer process and the tracking numbers it had acknowledged so far."""

    def __init__(self, base: str, token: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.backup_writer", base, token, "K001"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.acked: list[str] = []

    def wait_for(self, count: int) -> list[str]:
        """Read acknowledgements until `count` more arrived; all acknowledged so far."""
        assert self.process.stdout is not None
        target = len(self.acked) + count
        while len(self.acked) < target:
            line = self.process.stdout.readline()
            assert line, (
                f"the writer stopped: {self.process.stderr.read() if self.process.stderr else ''}"
            )
            self.acked.append(line.split()[1])
        return list(self.acked)

    def stop(self) -> None:
        self.process.terminate()
        self.process.communicate(timeout=30)


@contextmanager
def fresh_target(source_url: str, tmp: Path) -> Iterator[str]:
    """An empty database of the source's kind: a new SQLite file, or a new PostgreSQL
    database (made by the `postgres` superuser, owned by the test role) with the same options."""
    if source_url.startswith("sqlite"):
        yield f"sqlite:///{tmp / 'restored' / 'central.sqlite3'}"
        return
    parsed = make_url(source_url)
    name = f"lexkiosk_restore_{uuid.uuid4().hex[:10]}"
    port = str(parsed.port or 5432)
    if os.geteuid() != 0:
        missing("making a fresh PostgreSQL database needs root (runuser -u postgres)")
    admin = ["runuser", "-u", "postgres", "--"]
    made = subprocess.run(
        [*admin, "createdb", "-p", port, "-O", str(parsed.username), name],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        subprocess.run([*admin, "dropdb", "-p", port, "--if-exists", "--force", name], check=True)


def _last_signed(checkpoints: Path) -> int:
    lines = [json.loads(line) for line in checkpoints.read_text().splitlines() if line.strip()]
    return int(lines[-1]["seq"]) if lines else 0


def _tampered(archive: Path, out: Path) -> None:
    """The archive with one byte of the database snapshot changed, the manifest untouched."""
    with tarfile.open(archive, "r:gz") as src, tarfile.open(out, "w:gz") as dst:
        for member in src:
            data = src.extractfile(member)
            body = bytearray(data.read() if data else b"")
            if member.name.startswith("database/"):
                body[len(body) // 2] ^= 0x01
            dst.addfile(member, io.BytesIO(bytes(body)))


def _restored_rows(url: str) -> tuple[list[int], set[str], set[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            seqs = list(
                conn.execute(text("SELECT seq FROM journal_entries ORDER BY seq")).scalars()
            )
            submitted = set(conn.execute(text("SELECT tracking_number FROM submissions")).scalars())
            journaled = set(
                conn.execute(
                    text("SELECT subject FROM journal_entries WHERE action = 'submission.received'")
                ).scalars()
            )
    finally:
        engine.dispose()
    return seqs, submitted, journaled


def test_backup_under_writes_restores_consistent_and_verify_names_the_loss(
    central_db_url: str, tmp_path: Path
) -> None:
    """GIVEN the service as a process signing checkpoints every second, and a terminal process
    submitting without pause WHEN `backup create` runs while it submits, the writes go on past
    the backup, and the archive is restored into a fresh database and folder THEN the restored
    database holds every submission acknowledged before the backup began, each with its journal
    entry (no half transaction), a gap-free journal up to the snapshot's head, and the row
    counts of the manifest; `journal verify` on the copy passes or names exactly the entries
    after the snapshot, and against the live checkpoints names exactly those the restore lost;
    an archive with one byte changed is refused before anything is written."""
    src = tmp_path / "src"
    src.mkdir()
    archive = tmp_path / "backup.tar.gz"
    with serve_url(central_db_url, "--checkpoint-every", "1", data_dir=src) as served:
        token = served.enrol("K001", "alpha")["Authorization"].split()[1]
        (src / "uploads").mkdir(exist_ok=True)
        (src / "uploads" / "scan.bin").write_bytes(os.urandom(4096))  # a document on disk
        writer = Writer(served.base, token)
        try:
            before = writer.wait_for(10)
            made = run_cli(CLI, "backup", "create", "--db", central_db_url,
                           "--data-dir", str(src), "--out", str(archive))  # fmt: skip
            assert made.returncode == 0, made.stderr
            assert "WARNING: the archive holds private keys" in made.stdout
            writer.wait_for(10)  # writes went on after the snapshot
            snapshot = check(archive).snapshot
            deadline = time.monotonic() + 20
            while _last_signed(src / "journal-checkpoints.jsonl") <= snapshot.journal_seq:
                assert time.monotonic() < deadline, "no checkpoint past the snapshot"
                time.sleep(0.2)
        finally:
            writer.stop()
    assert archive.stat().st_mode & 0o777 == 0o600
    manifest = check(archive)

    with fresh_target(central_db_url, tmp_path) as target:
        bad = tmp_path / "tampered.tar.gz"
        _tampered(archive, bad)
        dst = tmp_path / "dst"
        done, refused = run_together(
            ["backup", "restore", str(archive), "--db", target, "--data-dir", str(dst)],
            ["backup", "restore", str(bad), "--db", target, "--data-dir", str(tmp_path / "no")],
        )
        assert done.returncode == 0, done.stderr
        assert refused.returncode == 1
        assert "database/central." in refused.stderr and "altered" in refused.stderr
        assert "Traceback" not in refused.stderr and not (tmp_path / "no").exists()
        live_file = src / "journal-checkpoints.jsonl"
        verify = ["journal", "verify", "--db", target, "--data-dir", str(dst)]
        again, own, live = run_together(
            ["backup", "restore", str(archive), "--db", target, "--data-dir", str(tmp_path / "d2")],
            verify,
            [*verify, "--checkpoints", str(live_file)],
        )
        assert again.returncode == 1 and "--force" in again.stderr, again.stderr

        seqs, submitted, journaled = _restored_rows(target)
        assert set(before) <= submitted, "a submission acknowledged before the backup is lost"
        assert journaled <= submitted, "a journal entry without its submission"
        unjournaled = submitted - journaled
        assert not unjournaled, "a submission without its journal entry: a half transaction"
        assert seqs == list(range(1, snapshot.journal_seq + 1))
        assert figures(target).counts == manifest.snapshot.counts
        assert (dst / "uploads" / "scan.bin").read_bytes() == (
            src / "uploads" / "scan.bin"
        ).read_bytes()
        assert (dst / "journal-signing.key").stat().st_mode & 0o777 == 0o600

        signed_in_archive = _last_signed(dst / "journal-checkpoints.jsonl")
        if signed_in_archive <= snapshot.journal_seq:
            assert own.returncode == 0 and "journal ok" in own.stdout, own.stderr
        else:
            lost = f"entries {snapshot.journal_seq + 1} to {signed_in_archive} are gone"
            assert own.returncode == 1 and lost in own.stderr, own.stderr
        lost = f"entries {snapshot.journal_seq + 1} to {_last_signed(live_file)} are gone"
        assert live.returncode == 1 and lost in live.stderr, live.stderr


def test_bad_archives_and_paths_are_refused_with_what_to_do(tmp_path: Path) -> None:
    """GIVEN no archive, a file that is no archive, and a data directory that does not exist
    WHEN the operator runs `backup list`, `restore` and `create` THEN each exits non-zero with
    a message naming the path and what is wrong, never a traceback."""
    junk = tmp_path / "junk.tar.gz"
    junk.write_text("not an archive")
    cases = [
        (["backup", "list", str(tmp_path / "none.tar.gz")], "there is no archive at"),
        (["backup", "list", str(junk)], "is not a backup archive"),
        (["backup", "restore", str(junk), "--data-dir", str(tmp_path / "d")], "not a backup"),
        (
            ["backup", "create", "--data-dir", str(tmp_path / "nowhere"), "--out", str(junk)],
            "does not exist; pass --data-dir",
        ),
    ]
    for (_argv, says), done in zip(cases, run_together(*(argv for argv, _ in cases)), strict=True):
        assert done.returncode in (1, 2), done
        assert says in done.stderr and "Traceback" not in done.stderr, done.stderr
