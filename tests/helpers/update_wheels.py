"""Wheels and signed bundles for the update tests, built here without a package registry.

- `project_wheel`: the project itself at another version (a copy of the sources with the
  version changed, built by setuptools' PEP 517 backend in-process, offline).
- `base_wheel`: a tiny wheel whose `.pth` line puts this test run's virtual environment on the
  path: it stands in for the ~130 dependency wheels a real bundle carries (PySide6 alone is
  hundreds of MB), so the A/B environments import the same Qt, pydantic and httpx.
- `fault_wheel`: a broken release: when the shell starts (`lexkiosk run`) it queues an item in
  the outbox and dies before painting anything.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "kiosk", "devices", "remote_sessions", "api_client")
SOURCES_TOO = ("config", "central")


def release_keys() -> tuple[bytes, bytes]:
    """(private PEM PKCS#8, public PEM SubjectPublicKeyInfo), as `updates keygen` writes."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return private, public


def project_wheel(version: str, scratch: Path, out: Path) -> Path:
    src = scratch / f"src-{version}"
    src.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES + SOURCES_TOO:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    pyproject = src / "pyproject.toml"
    text = pyproject.read_text()
    assert '\nversion = "0.1.0"\n' in text
    pyproject.write_text(text.replace('\nversion = "0.1.0"\n', f'\nversion = "{version}"\n', 1))
    out.mkdir(parents=True, exist_ok=True)
    built = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from setuptools import build_meta as b; print(b.build_wheel(sys.argv[1]))",
            str(out),
        ],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    return out / built.stdout.strip().splitlines()[-1]


def tiny_wheel(out: Path, name: str, version: str, files: Mapping[str, str]) -> Path:
    """A pure-Python wheel holding `files` (path in site-packages -> text)."""
    dist = f"{name}-{version}.dist-info"
    members = dict(files)
    members[f"{dist}/METADATA"] = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    members[f"{dist}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: lexkiosk-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = []
    for path, text in members.items():
        data = text.encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{dist}/RECORD,,")
    members[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in members.items():
            archive.writestr(path, text)
    return wheel


def base_wheel(out: Path) -> Path:
    site = sysconfig.get_paths()["purelib"]
    return tiny_wheel(out, "lexkiosk_test_base", "1.0", {"lexkiosk_test_base.pth": f"{site}\n"})


FAULT = '''"""A broken release: the shell queues an outbox item, then dies before painting."""

import os
import sys


def _fail_if_shell() -> None:
    if sys.argv[-1:] != ["run"] or not sys.argv[0].endswith("lexkiosk"):
        return
    from pathlib import Path

    from api_client.outbox.files import open_outbox

    store = open_outbox(Path(os.environ["LEXKIOSK_DATA_DIR"]), os.environ["LEXKIOSK_TERMINAL_ID"])
    store.add("rating", {"score": 2})
    store.close()
    os._exit(70)


_fail_if_shell()
'''


def fault_wheel(out: Path) -> Path:
    # .pth files run in name order: after lexkiosk_test_base.pth has put the packages in reach
    return tiny_wheel(
        out,
        "lexkiosk_fault",
        "1.0",
        {"zzz_lexkiosk_fault.pth": "import lexkiosk_fault_hook\n", "lexkiosk_fault_hook.py": FAULT},
    )
