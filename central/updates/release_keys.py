"""The release public keys this service trusts. Bundles are verified with them before they
are published, and every configuration pushed to terminals carries them as
`updates.release_keys`, so a terminal that only ever takes the newest version addressed to it
(central.fleet.configs) still has them."""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import ReleaseKey
from central.updates.errors import UpdateError


def fingerprint(pem: str) -> str:
    """sha256 of the raw 32-byte key; UpdateError when `pem` is not an Ed25519 public key."""
    try:
        key = load_pem_public_key(pem.encode())
    except (ValueError, UnsupportedAlgorithm):
        raise UpdateError("not a PEM public key (expected release.pub)", 422) from None
    if not isinstance(key, Ed25519PublicKey):
        raise UpdateError("not an Ed25519 public key (release keys are Ed25519)", 422)
    return hashlib.sha256(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()


def canonical_pem(pem: str) -> str:
    key = load_pem_public_key(pem.encode())
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()


def trusted_pems(session: Session) -> list[str]:
    return list(session.scalars(select(ReleaseKey.pem).order_by(ReleaseKey.id)))


def with_release_keys(session: Session, document: dict[str, Any]) -> dict[str, Any]:
    """`document` with the trusted keys as `updates.release_keys` (unchanged without keys).

    Only this service sets them: a pushed document naming its own keys is refused, so staff
    cannot make terminals trust a key the service does not."""
    updates = document.get("updates")
    if isinstance(updates, dict) and "release_keys" in updates:
        raise UpdateError(
            "updates.release_keys is set by the service from the keys it trusts "
            "(`lexkiosk-central updates trust`), not pushed by hand"
        )
    # the updater's programs are refused with the other local-only settings
    # (api_client.schemas.local_only, central.fleet.configs.push)
    keys = trusted_pems(session)
    if not keys:
        return document
    merged = dict(document)
    merged["updates"] = {**(updates if isinstance(updates, dict) else {}), "release_keys": keys}
    return merged
