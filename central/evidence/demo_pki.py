"""The demo's own seal, labelled DEMO (not valid outside the demo): a demo root made at first
start in the data folder (never committed, never a real office's key) and reused afterwards, an
office seal certificate and a time-stamp authority's certificate issued by it at each start
(and, at its first agreement, a seal in a mediation committee's own name),
naming the demo PKI server (`central/evidence/demo_tsa.py`) that publishes the root's CRL and
answers RFC 3161 requests on loopback. The sealed agreement validates with pyHanko against
`root.cert.pem`. A real office configures its own key or token, trust roots and time-stamp
service instead (--evidence-settings)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from central.evidence.settings import EvidenceSettings, OrganisationSeal

YEARS = timedelta(days=3650)
DEMO = "演示 DEMO"  # in every name: not valid outside the demo
PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "LexKiosk 演示"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _write_key(path: Path, key: PrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _certificate(
    subject: x509.Name,
    key: PrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    ca: bool,
    crl_url: str | None = None,
    time_stamping: bool = False,
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
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + YEARS)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), False
        )
    )
    if crl_url is not None:
        point = x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    if time_stamping:
        eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING])
        builder = builder.add_extension(eku, critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class DemoPki:
    """The demo PKI's files in `folder`."""

    folder: Path

    def path(self, name: str) -> Path:
        return self.folder / name

    @property
    def root_cert(self) -> Path:
        return self.path("root.cert.pem")

    @property
    def office_key(self) -> Path:
        return self.path("office.key.pem")

    @property
    def office_cert(self) -> Path:
        return self.path("office.cert.pem")

    @property
    def tsa_key(self) -> Path:
        return self.path("tsa.key.pem")

    @property
    def tsa_cert(self) -> Path:
        return self.path("tsa.cert.pem")

    @property
    def root_key(self) -> Path:
        return self.path("root.key.pem")


def _load_or_make(path: Path, make: Callable[[], PrivateKey]) -> PrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
        return key
    key = make()
    _write_key(path, key)
    return key


def ensure_demo_pki(folder: Path, pki_url: str) -> DemoPki:
    """The demo root (made on the first call, then reused: seals made earlier still
    validate) and, afresh, the office seal and TSA certificates naming `pki_url`'s CRL."""
    pki = DemoPki(folder)
    folder.mkdir(parents=True, exist_ok=True)
    new_root = not pki.root_key.exists()  # (an older demo kept no root key: a new root)
    root_key = _load_or_make(pki.root_key, lambda: ec.generate_private_key(ec.SECP256R1()))
    assert isinstance(root_key, ec.EllipticCurvePrivateKey)
    root_name = _name(f"LexKiosk {DEMO} 根证书")
    if new_root or not pki.root_cert.exists():
        root = _certificate(root_name, root_key, root_name, root_key, ca=True)
        pki.root_cert.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    office_key = _load_or_make(pki.office_key, lambda: ec.generate_private_key(ec.SECP256R1()))
    # pyHanko's local TSA signs with RSA
    tsa_key = _load_or_make(pki.tsa_key, lambda: rsa.generate_private_key(65537, 2048))
    crl = f"{pki_url}/root.crl"
    office = _certificate(
        _name(f"{DEMO} 公证处电子公章"), office_key, root_name, root_key, ca=False, crl_url=crl
    )
    tsa = _certificate(
        _name(f"{DEMO} 时间戳服务"), tsa_key, root_name, root_key, ca=False, time_stamping=True
    )
    pki.office_cert.write_bytes(office.public_bytes(serialization.Encoding.PEM))
    pki.tsa_cert.write_bytes(tsa.public_bytes(serialization.Encoding.PEM))
    for old in folder.glob("org-*.cert.pem"):  # issued again at first use, naming this CRL
        old.unlink()
    return pki


def _crl_url(certificate: Path) -> str | None:
    """The CRL address an issued certificate names (the office's names this start's)."""
    cert = x509.load_pem_x509_certificate(certificate.read_bytes())
    try:
        points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    except x509.ExtensionNotFound:
        return None
    names = [n for p in points for n in (p.full_name or [])]
    return next(
        (str(n.value) for n in names if isinstance(n, x509.UniformResourceIdentifier)), None
    )


def demo_organisation_seal(folder: Path, code: str, name: str) -> OrganisationSeal:
    """A DEMO seal in organisation `code`'s own name (a mediation committee's), issued by the
    demo root at its first use after each start (again when the organisation is renamed)."""
    pki = DemoPki(folder)
    key_path, cert_path = pki.path(f"org-{code}.key.pem"), pki.path(f"org-{code}.cert.pem")
    subject = _name(f"{DEMO} {name}电子印章")
    fresh = cert_path.exists() and (
        x509.load_pem_x509_certificate(cert_path.read_bytes()).subject == subject
    )
    if not fresh:
        key = _load_or_make(key_path, lambda: ec.generate_private_key(ec.SECP256R1()))
        root_key = serialization.load_pem_private_key(pki.root_key.read_bytes(), password=None)
        assert isinstance(root_key, ec.EllipticCurvePrivateKey)
        root = x509.load_pem_x509_certificate(pki.root_cert.read_bytes())
        crl = _crl_url(pki.office_cert)
        cert = _certificate(subject, key, root.subject, root_key, ca=False, crl_url=crl)
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return OrganisationSeal(
        organisation=code, name=f"{name}（DEMO）"[:60], key_file=key_path, cert_file=cert_path
    )


def demo_settings(data_dir: Path, public_base_url: str, pki_url: str) -> EvidenceSettings:
    """The demo's seal settings; `pki_url` is where the demo PKI server will listen."""
    pki = ensure_demo_pki(data_dir / "evidence-demo", pki_url)
    return EvidenceSettings(
        key_file=pki.office_key,
        cert_file=pki.office_cert,
        trust_roots=(pki.root_cert,),
        tsa_url=f"{pki_url}/tsa",
        office_name="演示公证处（DEMO）",
        public_base_url=public_base_url,
        retry_s=2.0,  # a round is a few queries: the agreement is sealed moments after it is signed
        demo_pki_dir=pki.folder,
    )
