"""A SoftHSM token (Debian `softhsm2`) holding the office's seal key, for the PKCS#11 path.

SoftHSM reads SOFTHSM2_CONF when the library is first initialised in a process: the caller
sets it (pytest's monkeypatch) before anything opens the token."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
UTIL = "softhsm2-util"


@dataclass(frozen=True)
class SoftToken:
    conf: Path
    label: str
    key_label: str
    pin_file: Path


def token_with_key(folder: Path, key_pem: Path, label: str = "lexkiosk-seal") -> SoftToken:
    """A fresh token in `folder` with `key_pem` (PKCS#8) imported as `office`."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    pin = "246810"
    env = {"SOFTHSM2_CONF": str(conf), "PATH": "/usr/bin:/bin"}

    def util(*args: str) -> None:
        subprocess.run([UTIL, *args], check=True, capture_output=True, env=env, timeout=60)

    util("--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", "13579246")
    util(
        "--import", str(key_pem), "--token", label, "--label", "office", "--id", "01", "--pin", pin
    )
    pin_file = folder / "pin"
    pin_file.write_text(pin)
    return SoftToken(conf, label, "office", pin_file)
