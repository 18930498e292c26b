"""The central platform's deployment for tests: a self-signed TLS certificate, a settings
file written from the example with a test's own paths and ports, and the generator run as
the operator runs it (`python -m central.deploy render`, a process)."""

from __future__ import annotations

import datetime
import ipaddress
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.helpers import ROOT

EXAMPLE = ROOT / "deploy" / "central" / "platform.example.toml"
SERVER_NAME = "legal.test"


def self_signed(folder: Path, name: str = SERVER_NAME, ip: str = "127.0.0.1") -> tuple[Path, Path]:
    """A certificate for `name` and `ip` (its own CA: a client trusts it as its cafile)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(name), x509.IPAddress(ipaddress.ip_address(ip))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return '"' + str(value) + '"'


def write_settings(path: Path, raw: dict[str, Any]) -> Path:
    """A TOML file of `raw` (tables of scalars, as the settings file is)."""
    lines = [f"{k} = {_toml_value(v)}" for k, v in raw.items() if not isinstance(v, dict)]
    for table, values in raw.items():
        if isinstance(values, dict):
            lines.append(f"\n[{table}]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def platform_settings(root: Path, https_port: int, **changes: dict[str, Any]) -> dict[str, Any]:
    """The example's settings, moved below `root`, with a fresh certificate; `changes`
    update whole tables (`web={...}`)."""
    raw: dict[str, Any] = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    cert, key = self_signed(root / "tls")
    raw["secrets_file"] = str(root / "secrets.toml")
    raw["paths"].update(
        python=sys.executable,
        etc_dir=str(root / "etc"),
        data_dir=str(root / "data"),
        media_dir=str(root / "media"),
    )
    raw["web"].update(
        server_name=SERVER_NAME,
        listen_ip="127.0.0.1",
        https_port=https_port,
        tls_certificate=str(cert),
        tls_certificate_key=str(key),
        nginx_prefix=str(root / "nginx"),
    )
    for table, values in changes.items():
        raw.setdefault(table, {}).update(values)
    return raw


def render(settings: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """`python -m central.deploy render` as a process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "central.deploy",
            "render",
            "--settings",
            str(settings),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
