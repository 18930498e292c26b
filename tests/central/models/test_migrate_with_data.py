"""Upgrading a database that already holds terminals, not only an empty one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from central.migrate import upgrade


def test_upgrade_from_the_first_revision_keeps_the_fleet(tmp_path: Path) -> None:
    """GIVEN a terminal enrolled under revision 0001 (its code pointing at it)
    WHEN the database is brought to the newest revision THEN the terminal and its code stay."""
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(url, "0001")
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO kiosks (id, terminal_id, site, token_sha256, enrolled_at, devices)"
        " VALUES (1, 'OLD001', 'hall', ?, '2026-11-01 00:00:00', '[]')",
        ("a" * 64,),
    )
    db.execute(
        "INSERT INTO enrol_codes (code_sha256, created_at, expires_at, used_at, kiosk_id)"
        " VALUES (?, '2026-11-01', '2026-11-02', '2026-11-01', 1)",
        ("b" * 64,),
    )
    db.commit()
    db.close()
    upgrade(url)
    db = sqlite3.connect(path)
    assert db.execute("SELECT terminal_id FROM kiosks").fetchall() == [("OLD001",)]
    assert db.execute("SELECT kiosk_id FROM enrol_codes").fetchall() == [(1,)]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not any(name.startswith("_alembic_tmp") for name in tables)
    db.close()
