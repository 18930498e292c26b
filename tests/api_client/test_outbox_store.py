"""The outbox's storage: durable, encrypted, numbered, and clear about a lost key."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from api_client.outbox.crypto import DeviceKeyError, Sealer, create_key, load_key
from api_client.outbox.store import OutboxStore
from api_client.tracking import is_valid_tracking_number

PERSONAL = {"name": "测试申请人", "phone": "13800000000", "case": "拖欠工资三个月"}


def _store(tmp_path: Path, terminal: str = "HALL01") -> OutboxStore:
    key = tmp_path / "device.key"
    if not key.exists():
        create_key(key)
    return OutboxStore(tmp_path / "outbox" / "outbox.sqlite3", Sealer(load_key(key)), terminal)


def test_items_get_consecutive_valid_tracking_numbers(tmp_path: Path) -> None:
    store = _store(tmp_path)
    first = store.add("legal_aid", PERSONAL, now=1_800_000_000)
    second = store.add("rating", {"score": 5}, now=1_800_000_000)
    assert first.tracking_number.startswith("HALL01-270115-00001-")
    assert second.tracking_number.startswith("HALL01-270115-00002-")
    assert is_valid_tracking_number(first.tracking_number)
    assert first.idempotency_key != second.idempotency_key
    due = store.due(now=1_800_000_001)
    assert [i.tracking_number for i in due] == [first.tracking_number, second.tracking_number]
    assert due[0].payload["name"] == "测试申请人"
    assert "测试" not in repr(due[0])


def test_no_personal_data_in_plaintext_on_disk(tmp_path: Path) -> None:
    """GIVEN items with personal data WHEN stored THEN no file of the outbox holds it in clear
    (the database, its -wal and -shm files)."""
    store = _store(tmp_path)
    photo = ("身份证照片 " + PERSONAL["name"]).encode() * 30000  # several chunks
    for _ in range(20):
        store.add("legal_aid", PERSONAL)
    store.add("legal_aid", PERSONAL, files=[photo])
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "device.key"]
    assert any(p.parent.parent.name == "outbox-files" for p in files)  # chunk files exist
    assert {p.name for p in files} >= {"outbox.sqlite3", "outbox.sqlite3-wal"}
    assert (tmp_path / "outbox").stat().st_mode & 0o077 == 0  # the outbox folder is private
    for path in files:
        data = path.read_bytes()
        for value in PERSONAL.values():
            assert value.encode() not in data, (path.name, value)
            assert value.encode("utf-16-le") not in data
    store.close()


def test_an_item_survives_a_kill_right_after_add_returns(tmp_path: Path) -> None:
    """GIVEN a process that stores an item and is SIGKILLed at once WHEN the outbox reopens
    THEN the item is there."""
    create_key(tmp_path / "device.key")
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from api_client.outbox.crypto import Sealer, load_key
        from api_client.outbox.store import OutboxStore
        d = Path({str(tmp_path)!r})
        sealer = Sealer(load_key(d / "device.key"))
        store = OutboxStore(d / "outbox" / "outbox.sqlite3", sealer, "HALL01")
        item = store.add("legal_aid", {{"case": "x"}})
        print(item.tracking_number, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == -9
    tracking = done.stdout.strip()
    reopened = _store(tmp_path)
    assert [i.tracking_number for i in reopened.due(now=1e12)] == [tracking]


def test_back_off_refusal_retry_and_status(tmp_path: Path) -> None:
    store = _store(tmp_path)
    item = store.add("rating", {"score": 4}, now=100.0)
    store.failed(item.id, "central unreachable", retry_at=160.0)
    assert store.due(now=150.0) == []
    assert store.status(now=200.0).last_error == "central unreachable"
    assert store.status(now=200.0).oldest_age_s == 100.0
    store.refused(item.id, "422: bad score")
    status = store.status(now=200.0)
    assert (status.pending, status.refused) == (0, 1)
    assert store.retry_now(now=210.0) == 1
    assert len(store.due(now=210.0)) == 1
    store.delivered(item)
    store.purge()
    assert store.status(now=220.0).pending == 0


def test_a_lost_or_replaced_key_is_reported_plainly(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add("rating", {"score": 3})
    store.close()
    (tmp_path / "device.key").unlink()
    with pytest.raises(DeviceKeyError, match="missing"):
        load_key(tmp_path / "device.key")
    create_key(tmp_path / "device.key")
    with pytest.raises(DeviceKeyError, match="does not decrypt"):
        _store(tmp_path).due(now=1e12)


def test_key_file_is_private_and_never_replaced(tmp_path: Path) -> None:
    key = tmp_path / "device.key"
    create_key(key)
    assert key.stat().st_mode & 0o777 == 0o600
    with pytest.raises(DeviceKeyError, match="refusing to replace"):
        create_key(key)
