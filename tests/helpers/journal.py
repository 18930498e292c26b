"""Read a running central service's journal (its SQLite file), the way an auditor would."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kiosk.central_process import CentralProcess


@dataclass(frozen=True)
class Entry:
    actor: str
    action: str
    subject: str
    payload: dict[str, Any]


def journal_entries(central: CentralProcess, prefix: str = "") -> list[Entry]:
    """The entries whose action starts with `prefix`, in order."""
    db = sqlite3.connect(f"file:{central.data_dir / 'central.sqlite3'}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT actor, action, subject, payload FROM journal_entries "
            "WHERE action LIKE ? ORDER BY seq",
            (prefix + "%",),
        ).fetchall()
    finally:
        db.close()
    return [Entry(a, b, c, json.loads(d)) for a, b, c, d in rows]
