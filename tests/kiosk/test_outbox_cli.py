"""`lexkiosk outbox` as a process."""

from __future__ import annotations

import json
import os
from pathlib import Path

from api_client.outbox.files import ensure_key, open_outbox
from tests.helpers import run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    return env | {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_DATA_DIR": str(tmp_path),
        "LEXKIOSK_TERMINAL_ID": "HALL01",
    }


def test_status_retry_and_purge(tmp_path: Path) -> None:
    assert (
        "nothing has been submitted"
        in run_cli("lexkiosk", "outbox", "status", env=_env(tmp_path)).stdout
    )
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "HALL01")
    item = store.add("rating", {"score": 5})
    store.failed(item.id, "central unreachable", retry_at=9e12)
    store.close()
    status = run_cli("lexkiosk", "outbox", "status", "--json", env=_env(tmp_path))
    assert status.returncode == 0, status.stderr
    body = json.loads(status.stdout)
    assert body["pending"] == 1 and body["last_error"] == "central unreachable"
    retry = run_cli("lexkiosk", "outbox", "retry", env=_env(tmp_path))
    assert "1 item(s)" in retry.stdout
    assert run_cli("lexkiosk", "outbox", "purge-delivered", env=_env(tmp_path)).returncode == 0


def test_a_missing_key_is_one_plain_line(tmp_path: Path) -> None:
    ensure_key(tmp_path)
    open_outbox(tmp_path, "HALL01").close()
    (tmp_path / "device.key").unlink()
    result = run_cli("lexkiosk", "outbox", "status", env=_env(tmp_path))
    assert result.returncode == 1
    assert (
        result.stderr.startswith("error: the device key")
        and "enrol the terminal again" in result.stderr
    )
    assert "Traceback" not in result.stderr
