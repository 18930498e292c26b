"""The release public keys a terminal trusts for software updates (`updates.release_keys`):
PEM SubjectPublicKeyInfo of Ed25519 keys, pushed by the central service with the terminal's
configuration or set locally. A key that is not one is refused with the reason, so a bad push
is refused whole and the keys in force stay."""

from __future__ import annotations

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

MAX_KEYS = 8


def check_release_key(pem: str) -> str:
    """The PEM as given, or ValueError saying why it is not an Ed25519 public key."""
    if "-----BEGIN PUBLIC KEY-----" not in pem:
        raise ValueError("not a PEM public key (no BEGIN PUBLIC KEY line)")
    try:
        key = load_pem_public_key(pem.encode())
    except (ValueError, UnsupportedAlgorithm):
        raise ValueError("not a readable PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 key (release keys are Ed25519)")
    return pem
