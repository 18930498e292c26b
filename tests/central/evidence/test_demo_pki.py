"""The demo's seal (DEMO): a demo root made once at first start, in the data folder, the key
readable by its owner only; the office and time-stamp certificates issued by the root."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from central.evidence.demo_pki import demo_settings
from central.evidence.signer import load_roots
from tests.helpers import run_cli


def test_the_demo_makes_its_root_and_office_certificate_once(tmp_path: Path) -> None:
    first = demo_settings(tmp_path, "http://127.0.0.1:8000", "http://127.0.0.1:9")
    assert first.key_file is not None and first.cert_file is not None
    assert first.key_file.stat().st_mode & 0o777 == 0o600
    office = x509.load_pem_x509_certificate(first.cert_file.read_bytes())
    root = x509.load_pem_x509_certificate(first.trust_roots[0].read_bytes())
    office.verify_directly_issued_by(root)
    assert isinstance(root.public_key(), ec.EllipticCurvePublicKey)
    assert load_roots(first.trust_roots)  # pyHanko reads it as a trust root

    assert first.tsa_url == "http://127.0.0.1:9/tsa"  # the demo PKI server's time-stamps
    tsa = x509.load_pem_x509_certificate((tmp_path / "evidence-demo" / "tsa.cert.pem").read_bytes())
    tsa.verify_directly_issued_by(root)
    assert "DEMO" in office.subject.rfc4514_string() and "DEMO" in root.subject.rfc4514_string()

    again = demo_settings(tmp_path, "http://127.0.0.1:8000", "http://127.0.0.1:10")
    assert again.trust_roots[0].read_bytes() == first.trust_roots[0].read_bytes()  # root kept
    assert again.cert_file is not None
    reissued = x509.load_pem_x509_certificate(again.cert_file.read_bytes())
    reissued.verify_directly_issued_by(root)  # the seal names this start's CRL address
    assert reissued.public_key() == office.public_key()


def test_serve_refuses_evidence_settings_naming_what_is_wrong(tmp_path: Path) -> None:
    """WHEN the settings file is missing, or names both a key file and a token THEN `serve`
    exits 2 saying which, without a traceback."""
    missing = run_cli(
        "lexkiosk-central", "serve", "--data-dir", str(tmp_path),
        "--evidence-settings", str(tmp_path / "nope.json"),
    )  # fmt: skip
    assert missing.returncode == 2
    assert "cannot read the evidence settings" in missing.stderr
    both = tmp_path / "both.json"
    both.write_text(
        '{"key_file": "k.pem", "cert_file": "c.pem", "pkcs11": {"module": "/x.so", '
        '"token_label": "t", "key_label": "k", "pin_file": "/p"}}'
    )
    mixed = run_cli(
        "lexkiosk-central", "serve", "--data-dir", str(tmp_path), "--evidence-settings", str(both)
    )
    assert mixed.returncode == 2
    assert "give either key_file or pkcs11, not both" in mixed.stderr
    assert "Traceback" not in missing.stderr + mixed.stderr
