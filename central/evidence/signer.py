"""The organisation's signer: a key file, or a key in a PKCS#11 token (an HSM; SoftHSM in
tests). The PIN is read from a file named in the settings, never kept in them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from asn1crypto import x509  # type: ignore[import-untyped]
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.keys import load_cert_from_pemder, load_certs_from_pemder
from pyhanko.sign import signers
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

from central.evidence.settings import EvidenceSettings

Roots = list[x509.Certificate]  # the trust anchors a seal is checked against


class SignerError(Exception):
    """The key or its certificate cannot be used; the message names which and why."""


def load_roots(paths: tuple[Path, ...]) -> Roots:
    try:
        return list(load_certs_from_pemder([str(p) for p in paths]))  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as err:
        raise SignerError(f"trust roots {', '.join(map(str, paths))}: {err}") from err


@contextmanager
def open_signer(settings: EvidenceSettings) -> Iterator[signers.Signer]:
    """The configured signer, open for one seal (a token session is closed afterwards)."""
    if settings.pkcs11 is not None:
        token = settings.pkcs11
        try:
            pin = token.pin_file.read_text(encoding="utf-8").strip()
            session = open_pkcs11_session(
                str(token.module),
                token_criteria=TokenCriteria(label=token.token_label),
                user_pin=pin,
            )
        except Exception as err:  # the PKCS#11 layer raises its own, unrelated classes
            raise SignerError(f"PKCS#11 token {token.token_label!r}: {err}") from err
        try:
            chain = [
                load_cert_from_pemder(str(p))  # type: ignore[no-untyped-call]
                for p in settings.chain_files
            ]
            # the certificate from a file when given (not every token stores one)
            cert = (
                load_cert_from_pemder(str(settings.cert_file))  # type: ignore[no-untyped-call]
                if settings.cert_file is not None
                else None
            )
            yield PKCS11Signer(
                session,
                cert_label=None if cert is not None else token.key_label,
                signing_cert=cert,
                key_label=token.key_label,
                ca_chain=chain,
            )
        finally:
            session.close()
        return
    if settings.key_file is None or settings.cert_file is None:
        raise SignerError("no seal key: set evidence.key_file and cert_file, or evidence.pkcs11")
    signer = signers.SimpleSigner.load(  # type: ignore[no-untyped-call]
        str(settings.key_file),
        str(settings.cert_file),
        ca_chain_files=tuple(str(p) for p in settings.chain_files),
    )
    if signer is None:  # pyHanko logs the reason and answers None
        raise SignerError(f"cannot load the seal key {settings.key_file} or its certificate")
    yield signer
