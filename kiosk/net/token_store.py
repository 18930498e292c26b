"""The device token, kept in a file only the kiosk's user can read."""

from __future__ import annotations

import os
from pathlib import Path

from config.store import write_atomically


class TokenStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "device_token"

    def load(self) -> str | None:
        try:
            token = self.path.read_text().strip()
        except FileNotFoundError:
            return None
        return token or None

    def save(self, token: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        old_umask = os.umask(0o077)
        try:
            write_atomically(self.path, token.encode())
        finally:
            os.umask(old_umask)
        self.path.chmod(0o600)
