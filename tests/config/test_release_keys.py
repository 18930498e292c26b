"""`updates.release_keys`: the Ed25519 public keys the terminal trusts for update bundles, as
the central service pushes them; anything else is refused with the entry named."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ec import (
    SECP256R1,
    EllipticCurvePrivateKey,
    generate_private_key,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from config.errors import ConfigError
from config.loader import settings_from_tree


def _pem(key: Ed25519PrivateKey | EllipticCurvePrivateKey) -> str:
    public = key.public_key()
    return public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()


def test_ed25519_keys_are_taken() -> None:
    keys = [_pem(Ed25519PrivateKey.generate()), _pem(Ed25519PrivateKey.generate())]
    settings = settings_from_tree({"updates": {"release_keys": keys}}, "pushed")
    assert settings.updates.release_keys == keys
    assert settings_from_tree({}, "defaults").updates.release_keys == []


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("hello", "not a PEM public key"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "not a readable"),
        (_pem(generate_private_key(SECP256R1())), "not an Ed25519 key"),
    ],
)
def test_anything_else_is_refused_with_the_entry_named(entry: str, reason: str) -> None:
    good = _pem(Ed25519PrivateKey.generate())
    with pytest.raises(ConfigError) as caught:
        settings_from_tree({"updates": {"release_keys": [good, entry]}}, "pushed")
    lines = [problem.line() for problem in caught.value.problems]
    assert any("release_keys[1]" in line and reason in line for line in lines), lines
