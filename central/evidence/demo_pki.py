"""The demo's own seal: a demo root and an office certificate made at first start in the data
folder (never committed, never a real office's key), reused afterwards.

The demo has no time-stamp service, so its acts are recorded and held as "sealing pending"
(saying why) until `evidence.tsa_url` names one; a real office configures its own key or
token, trust roots and time-stamp service instead (--evidence-settings)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from central.evidence.settings import EvidenceSettings

YEARS = timedelta(days=3650)


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "LexKiosk 演示"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _certificate(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    ca: bool,
) -> x509.Certificate:
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + YEARS)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(issuer_key, hashes.SHA256())
    )


def ensure_demo_pki(folder: Path) -> tuple[Path, Path, Path]:
    """(office key, office certificate, root certificate), made on the first call."""
    key_file, cert_file, root_file = (
        folder / "office.key.pem",
        folder / "office.cert.pem",
        folder / "root.cert.pem",
    )
    if key_file.exists() and cert_file.exists() and root_file.exists():
        return key_file, cert_file, root_file
    folder.mkdir(parents=True, exist_ok=True)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("LexKiosk 演示根证书")
    root = _certificate(root_name, root_key, root_name, root_key, ca=True)
    office_key = ec.generate_private_key(ec.SECP256R1())
    office = _certificate(_name("演示公证处电子公章"), office_key, root_name, root_key, ca=False)
    _write_key(key_file, office_key)
    cert_file.write_bytes(office.public_bytes(serialization.Encoding.PEM))
    root_file.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file, root_file


def demo_settings(data_dir: Path, public_base_url: str) -> EvidenceSettings:
    key_file, cert_file, root_file = ensure_demo_pki(data_dir / "evidence-demo")
    return EvidenceSettings(
        key_file=key_file,
        cert_file=cert_file,
        trust_roots=(root_file,),
        office_name="演示公证处",
        public_base_url=public_base_url,
        retry_s=60.0,
    )
