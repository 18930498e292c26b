"""`lexkiosk-central updates keygen` on the release machine: no database, no overwriting."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.helpers import run_cli


def test_keygen_writes_a_private_key_only_its_owner_reads(release_keys: Path) -> None:
    mode = stat.S_IMODE((release_keys / "release.key").stat().st_mode)
    assert mode == 0o600
    assert (release_keys / "release.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    again = run_cli("lexkiosk-central", "updates", "keygen", "--out", str(release_keys))
    assert again.returncode == 1
    path = release_keys / "release.key"
    assert again.stderr == f"error: {path} exists; a release key is never overwritten\n"
    assert not (release_keys.parent / "central.sqlite3").exists()
