"""Enrolled terminals pin the central service's CA by default: the service started with
`--terminal-ca` hands it over at enrolment; `lexkiosk enrol` keeps it and names it in
`central_ca`, which every later connection of the terminal trusts alone."""

from __future__ import annotations

import datetime
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from config.loader import load_settings, read_toml
from kiosk.central_process import CentralProcess
from tests.helpers import run_cli
from tests.helpers.kiosk import kiosk_env


def _ca_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LexKiosk test CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def test_enrolment_pins_the_ca_the_service_hands_over(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(_ca_pem())
    with CentralProcess(
        tmp_path / "central", heartbeat_s=3.0, extra_args=("--terminal-ca", str(ca))
    ) as central:
        env = kiosk_env(central, tmp_path / "kiosk", "PIN001")
        config_file = tmp_path / "kiosk.toml"
        env["LEXKIOSK_CONFIG"] = str(config_file)
        result = run_cli("lexkiosk", "enrol", central.enrol_code(), env=env)
    assert result.returncode == 0, result.stderr
    assert "CA is pinned" in result.stdout
    pinned = Path(read_toml(config_file)["central_ca"])
    assert pinned.read_bytes() == ca.read_bytes()
    settings = load_settings(config_file, env, {})
    assert settings.central_ca == pinned
    ssl.create_default_context(cafile=str(settings.central_ca))  # a CA the client can load


def test_no_ca_offered_leaves_the_settings_alone(tmp_path: Path) -> None:
    with CentralProcess(tmp_path / "central", heartbeat_s=3.0) as central:
        env = kiosk_env(central, tmp_path / "kiosk", "PIN002")
        env["LEXKIOSK_CONFIG"] = str(tmp_path / "kiosk.toml")
        result = run_cli("lexkiosk", "enrol", central.enrol_code(), env=env)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "kiosk.toml").exists()


def test_a_terminal_ca_that_is_not_pem_is_one_plain_line(tmp_path: Path) -> None:
    bad = tmp_path / "not.pem"
    bad.write_text("hello")
    result = run_cli(
        "lexkiosk-central", "serve", "--data-dir", str(tmp_path), "--terminal-ca", str(bad)
    )
    assert result.returncode == 2
    assert "not a PEM certificate" in result.stderr and "Traceback" not in result.stderr
