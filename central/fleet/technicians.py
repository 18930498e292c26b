"""Technicians' PINs for terminals, pushed with their configuration so technician mode works
offline. The central service hashes each PIN (salted scrypt, the format the terminal's settings
schema accepts) before anything is stored: a configuration document never carries a PIN, and
`configs.push` refuses one that tries to."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Sequence
from typing import Any

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
PIN_HASH = re.compile(r"^scrypt\$\d+\$\d+\$\d+\$[^$]+\$[^$]+$")


class TechnicianError(ValueError):
    """A technician entry is refused; the message says which and why (never the PIN)."""


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise TechnicianError("a technician PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def technicians_document(entries: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """`[(name, pin), ...]` as the settings document's `technicians` list, PINs hashed."""
    names = [name for name, _ in entries]
    for name in names:
        if not NAME.fullmatch(name):
            raise TechnicianError(f"technician name {name!r}: letters, digits, '_.-', 1-64")
    if len(set(names)) != len(names):
        raise TechnicianError("each technician may appear once")
    return {"technicians": [{"name": n, "pin_hash": hash_pin(pin)} for n, pin in entries]}


def parse_entries(text: str) -> list[tuple[str, str]]:
    """`NAME PIN` a line (blank lines skipped) as [(name, pin), ...]; the refusal names the
    line, never the PIN."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2:
            raise TechnicianError(f"line {number}: expected `NAME PIN`")
        entries.append((parts[0], parts[1]))
    if not entries:
        raise TechnicianError("no technicians given (one `NAME PIN` a line)")
    return entries


def check_document(document: dict[str, Any]) -> None:
    """Refuse a configuration whose technicians carry anything but a name and a PIN hash."""
    listed = document.get("technicians")
    if listed is None:
        return
    if not isinstance(listed, list):
        raise TechnicianError("technicians must be a list of {name, pin_hash}")
    for index, entry in enumerate(listed):
        if not isinstance(entry, dict) or set(entry) != {"name", "pin_hash"}:
            raise TechnicianError(
                f"technicians[{index}] must have exactly name and pin_hash (PINs are hashed "
                "by `lexkiosk-central kiosk technicians`, never pushed)"
            )
        if not PIN_HASH.fullmatch(str(entry["pin_hash"])):
            raise TechnicianError(f"technicians[{index}].pin_hash is not a scrypt hash")
