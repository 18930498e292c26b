"""Secrets issued by the central service: enrolment codes and device tokens, stored hashed."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I: a technician reads the code aloud or types it on a touch keypad.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DEVICE_TOKEN_PREFIX = "lkd_"  # noqa: S105 (a prefix, not a secret)


def sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrol_code() -> str:
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def new_device_token() -> str:
    """256 bits of randomness: long enough that a plain SHA-256 is a safe way to store it."""
    return DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)
