"""A release key pair, made on the release machine: `release.key` (PEM PKCS#8, mode 0600,
never leaves it) and `release.pub` (PEM SubjectPublicKeyInfo, given to the central service
with `lexkiosk-central updates trust`)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from central.updates.errors import UpdateError

PRIVATE_NAME, PUBLIC_NAME = "release.key", "release.pub"


def generate_key_pair(out: Path) -> tuple[Path, Path]:
    """Write a new pair into `out` (created if missing); refuse to overwrite a key."""
    private_path, public_path = out / PRIVATE_NAME, out / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise UpdateError(f"{path} exists; a release key is never overwritten")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UpdateError(f"cannot create {out}: {err.strerror}") from None
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public_pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    try:
        # O_EXCL: created here with 0600, never widened, never a file someone left in place.
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(private_pem)
        public_path.write_bytes(public_pem)
    except OSError as err:
        raise UpdateError(f"cannot write the key pair into {out}: {err.strerror}") from None
    return private_path, public_path
