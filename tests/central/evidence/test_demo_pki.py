"""The demo's seal (DEMO): a demo root made once at first start, in the data folder, the key
readable by its owner only; the office and time-stamp certificates issued by the root, and a
committee's own seal at its first agreement. Who seals in whose name (central.evidence.identity)."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from central.evidence.demo_pki import demo_settings
from central.evidence.identity import sealing_as
from central.evidence.settings import EvidenceSettings, OrganisationSeal
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


def test_a_committee_seals_in_its_own_name_and_others_with_the_office_seal(
    tmp_path: Path,
) -> None:
    """GIVEN the demo's seal settings WHEN the demo committee seals THEN the demo root issues
    it a DEMO certificate in its own name (with the root's CRL address), kept until it is
    renamed or the service starts again; GIVEN a real service's settings naming one
    committee's seal THEN that committee seals with it and everyone else with the office's."""
    settings = demo_settings(tmp_path, "http://127.0.0.1:8000", "http://127.0.0.1:9")
    root = x509.load_pem_x509_certificate(settings.trust_roots[0].read_bytes())
    own = sealing_as(settings, "demo-mediation", "示范人民调解委员会")
    assert own.cert_file is not None and own.key_file is not None
    assert own.office_name == "示范人民调解委员会（DEMO）"
    assert own.trust_roots == settings.trust_roots and own.tsa_url == settings.tsa_url
    cert = x509.load_pem_x509_certificate(own.cert_file.read_bytes())
    cert.verify_directly_issued_by(root)
    common = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert common == "演示 DEMO 示范人民调解委员会电子印章"
    points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert [str(n.value) for p in points for n in p.full_name or []] == [
        "http://127.0.0.1:9/root.crl"
    ]
    assert own.key_file.stat().st_mode & 0o777 == 0o600
    kept = own.cert_file.read_bytes()
    again = sealing_as(settings, "demo-mediation", "示范人民调解委员会")
    assert again.cert_file == own.cert_file and own.cert_file.read_bytes() == kept  # reused
    renamed = sealing_as(settings, "demo-mediation", "改名调解委员会")
    assert renamed.cert_file is not None and renamed.cert_file.read_bytes() != kept
    demo_settings(tmp_path, "http://127.0.0.1:8000", "http://127.0.0.1:10")  # a new start
    assert not own.cert_file.exists()  # issued again at first use, naming the new CRL address

    office = EvidenceSettings(key_file=Path("office.key"), cert_file=Path("office.crt"))
    committee = OrganisationSeal(
        organisation="hongqi", name="红旗嘎查人民调解委员会",
        key_file=Path("hongqi.key"), cert_file=Path("hongqi.crt"),
    )  # fmt: skip
    real = office.model_copy(update={"organisation_seals": (committee,)})
    chosen = sealing_as(real, "hongqi", "红旗嘎查人民调解委员会")
    assert (chosen.key_file, chosen.cert_file, chosen.office_name) == (
        Path("hongqi.key"), Path("hongqi.crt"), "红旗嘎查人民调解委员会",
    )  # fmt: skip
    assert sealing_as(real, "other-committee", "别的委员会") == real  # the office seal
    assert sealing_as(real, None, "") == real
    assert not (tmp_path / "org-other-committee.cert.pem").exists()
