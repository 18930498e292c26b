"""Where a terminal keeps its outbox and device key, under its data directory."""

from __future__ import annotations

from pathlib import Path

from api_client.outbox.crypto import Sealer, create_key, load_key
from api_client.outbox.store import OutboxStore


def key_path(data_dir: Path) -> Path:
    return data_dir / "device.key"


def database_path(data_dir: Path) -> Path:
    """In a folder of its own, readable by the kiosk's user only (with its -wal, -shm and
    attachment chunks)."""
    return data_dir / "outbox" / "outbox.sqlite3"


def ensure_key(data_dir: Path) -> None:
    """Create the device key if the terminal has none yet (at enrolment)."""
    if not key_path(data_dir).exists():
        create_key(key_path(data_dir))


def open_outbox(data_dir: Path, terminal_id: str) -> OutboxStore:
    """Open the outbox; raises DeviceKeyError (a plain message) when the key is unusable."""
    return OutboxStore(database_path(data_dir), Sealer(load_key(key_path(data_dir))), terminal_id)
