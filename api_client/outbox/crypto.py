"""Encryption at rest for outbox items: AES-GCM with a per-terminal key in a private file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12


class DeviceKeyError(Exception):
    """The device key is missing, unreadable or wrong; the message says what to do."""


def create_key(path: Path) -> None:
    """Create the terminal's key (at enrolment): 256 random bits, readable by its user only."""
    if path.exists():
        raise DeviceKeyError(f"a device key already exists at {path}; refusing to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(KEY_BYTES))
        fh.flush()
        os.fsync(fh.fileno())


def load_key(path: Path) -> bytes:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        raise DeviceKeyError(
            f"the device key {path} is missing: items queued before it was lost cannot be "
            "read; enrol the terminal again to create a new key"
        ) from None
    except PermissionError:
        raise DeviceKeyError(f"the device key {path} cannot be read by this user") from None
    if len(key) != KEY_BYTES:
        raise DeviceKeyError(
            f"the device key {path} is damaged ({len(key)} bytes, not {KEY_BYTES})"
        )
    return key


class Sealer:
    """Encrypts and decrypts byte strings bound to a context (the item's idempotency key)."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, context: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def open(self, sealed: bytes, context: str) -> bytes:
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
        except InvalidTag:
            raise DeviceKeyError(
                "an outbox item does not decrypt with this terminal's key (key replaced?)"
            ) from None
