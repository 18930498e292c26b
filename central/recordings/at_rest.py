"""Encryption at rest: AES-256-GCM with the key from the key file, one nonce per file.

A stored file is `LKR1` + 12-byte nonce + ciphertext-with-tag. Any altered byte makes the
tag fail, so a damaged file is reported, never silently played.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"LKR1"
_NONCE = 12


class RecordingKeyError(Exception):
    """The key file is missing or not a key."""


class Damaged(Exception):
    """A stored file does not decrypt: altered, truncated or encrypted with another key."""


def create_key(path: Path) -> None:
    """A new random key at `path` (mode 600); an existing key is never replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32) + "\n")


def load_key(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as err:
        raise RecordingKeyError(f"the recordings key file {path} cannot be read: {err}") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise RecordingKeyError(
            f"the recordings key file {path} must hold 64 hex digits (32 bytes)"
        )
    return key


def seal(key: bytes, plain: bytes, label: str) -> bytes:
    """`plain` encrypted; `label` (the file's name in the store) is bound to it, so a file
    moved under another name does not decrypt."""
    nonce = secrets.token_bytes(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, label.encode())


def open_sealed(key: bytes, blob: bytes, label: str) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _NONCE + 16:
        raise Damaged(f"{label} is not an encrypted recording file")
    nonce = blob[len(MAGIC) : len(MAGIC) + _NONCE]
    try:
        return AESGCM(key).decrypt(nonce, blob[len(MAGIC) + _NONCE :], label.encode())
    except InvalidTag:
        raise Damaged(f"{label} does not decrypt: altered, or sealed with another key") from None
