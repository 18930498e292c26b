"""`lexkiosk-central knowledge seed` as a process: loads once, says what it did, refuses an
unknown organisation in words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central.cli", *args], capture_output=True, text=True, check=False
    )


def test_seed_loads_once_and_names_a_missing_organisation(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    org = _cli("org", "add", "root", "--db", db, "--name", "司法局", "--kind", "justice_bureau",
               "--region", "150000")  # fmt: skip
    assert org.returncode == 0, org.stderr
    first = _cli("knowledge", "seed", "--org", "root", "--db", db)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "articles: 44 added, 0 already there",
        "templates: 6 added, 0 already there",  # 人民调解协议书 among them
    ]
    again = _cli("knowledge", "seed", "--org", "root", "--db", db)
    assert "articles: 0 added, 44 already there" in again.stdout
    missing = _cli("knowledge", "seed", "--org", "nobody", "--db", db)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: no organisation with code 'nobody'"
    assert "Traceback" not in missing.stderr
