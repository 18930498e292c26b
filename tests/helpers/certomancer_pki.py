"""A test PKI served by Certomancer as a real HTTP server process: a root CA, the office's
seal certificate and a mediation committee's (with OCSP and CRL addresses), a time-stamp
authority and an OCSP responder.

Keys are made fresh for each run (nothing secret is committed). `CertomancerPki.stop()` and
`start()` take the services down and bring them back on the same port, so a test can show
an act held as "sealing pending" while they are gone.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ARCH = "lex"
KEYS = ("root", "office", "committee", "tsa", "ocsp")
VALIDITY = {"valid-from": "2020-01-01T00:00:00+0000", "valid-to": "2040-01-01T00:00:00+0000"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _usage(*names: str) -> dict[str, object]:
    return {
        "id": "key_usage",
        "critical": True,
        "smart-value": {"schema": "key-usage", "params": list(names)},
    }


def _config(prefix: str) -> str:
    """The Certomancer YAML (JSON is YAML): one architecture, services under `prefix`."""
    import json

    revocation = [
        {
            "id": "crl_distribution_points",
            "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["root"]}},
        },
        {
            "id": "authority_information_access",
            "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["root"]}},
        },
    ]
    certs = {
        "root": {
            "subject": "root",
            "issuer": "root",
            "validity": VALIDITY,
            "extensions": [
                {"id": "basic_constraints", "critical": True, "value": {"ca": True}},
                _usage("digital_signature", "key_cert_sign", "crl_sign"),
            ],
        },
        "office": {
            "subject": "office",
            "issuer": "root",
            "validity": VALIDITY,
            "extensions": [_usage("digital_signature", "non_repudiation"), *revocation],
        },
        "committee": {  # a mediation committee's own seal (EvidenceSettings.organisation_seals)
            "subject": "committee",
            "issuer": "root",
            "validity": VALIDITY,
            "extensions": [_usage("digital_signature", "non_repudiation"), *revocation],
        },
        "tsa": {
            "subject": "tsa",
            "issuer": "root",
            "validity": VALIDITY,
            "extensions": [
                _usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                *revocation,
            ],
        },
        "ocsp": {
            "subject": "ocsp",
            "issuer": "root",
            "validity": VALIDITY,
            "extensions": [
                _usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["ocsp_signing"]},
                {"id": "ocsp_no_check"},
            ],
        },
    }
    config = {
        "external-url-prefix": prefix,
        "keysets": {
            ARCH: {"path-prefix": "keys", "keys": {k: {"path": f"{k}.key.pem"} for k in KEYS}}
        },
        "pki-architectures": {
            ARCH: {
                "keyset": ARCH,
                "entity-defaults": {"country-name": "CN", "organization-name": "测试公证处"},
                "entities": {
                    "root": {"common-name": "LexKiosk Test Root"},
                    "office": {"common-name": "测试公证处电子公章"},
                    "committee": {
                        "common-name": "红旗嘎查人民调解委员会电子印章",
                        "organization-name": "红旗嘎查人民调解委员会",
                    },
                    "tsa": {"common-name": "LexKiosk Test TSA"},
                    "ocsp": {"common-name": "LexKiosk Test OCSP"},
                },
                "certs": certs,
                "services": {
                    "ocsp": {
                        "root": {
                            "for-issuer": "root",
                            "responder-cert": "ocsp",
                            "signing-key": "ocsp",
                        }
                    },
                    "crl-repo": {
                        "root": {
                            "for-issuer": "root",
                            "signing-key": "root",
                            "simulated-update-schedule": "P90D",
                        }
                    },
                    "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
                },
            }
        },
    }
    return json.dumps(config, ensure_ascii=False, indent=1)


def _write_keys(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in KEYS:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / f"{name}.key.pem").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )


@dataclass
class CertomancerPki:
    """The running PKI: its files (root, office key and certificate) and its service URLs."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def tsa_url(self) -> str:
        return f"{self.base}/{ARCH}/tsa/tsa"

    @property
    def config_file(self) -> Path:
        return self.folder / "certomancer.yml"

    def cert_file(self, label: str) -> Path:
        return self.folder / "certs" / f"{label}.cert.pem"

    @property
    def office_key(self) -> Path:
        return self.folder / "keys" / "office.key.pem"

    def key_file(self, label: str) -> Path:
        return self.folder / "keys" / f"{label}.key.pem"

    def _cli(self, *args: str) -> list[str]:
        cli = [sys.executable, "-m", "certomancer", "--config", str(self.config_file)]
        return [*cli, *args]

    def export_certs(self) -> None:
        subprocess.run(
            self._cli("mass-summon", "--flat", "--no-pfx", ARCH, str(self.folder / "certs")),
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        assert self.process is None, "already running"
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        self.process = subprocess.Popen(
            self._cli("animate", "--port", str(self.port)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"certomancer exited with {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)  # a process start-up, not a Qt wait
        self.stop()
        raise RuntimeError("certomancer did not listen within 30 s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@contextmanager
def running_pki(folder: Path) -> Iterator[CertomancerPki]:
    """Make keys and configuration in `folder`, export the certificates and serve the PKI."""
    pki = CertomancerPki(folder, _free_port())
    _write_keys(folder / "keys")
    pki.config_file.write_text(_config(pki.base), encoding="utf-8")
    pki.export_certs()
    pki.start()
    try:
        yield pki
    finally:
        pki.stop()
