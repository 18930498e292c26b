"""Atomic writes: a crash in the middle of `config set` leaves the old file intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.pin import hash_pin, verify_pin
from config.store import set_value


def test_crash_before_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """GIVEN a settings file WHEN the process dies between writing and renaming
    THEN the file still has its old content and no temporary file is left behind."""
    path = tmp_path / "kiosk.toml"
    path.write_text('site = "old-site"\n')

    def power_cut(self: Path, target: Path) -> Path:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(Path, "replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        set_value(path, "site", "new-site")
    assert path.read_text() == 'site = "old-site"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]


def test_file_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('site = "a"\n')
    path.chmod(0o640)
    set_value(path, "site", "b")
    assert path.stat().st_mode & 0o777 == 0o640


def test_pin_round_trip() -> None:
    stored = hash_pin("2468")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("2468", None)
    assert not verify_pin("2468", "scrypt$garbage")
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin("12a4")
