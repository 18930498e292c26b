"""Compare the packages installed in this interpreter with uv.lock; print every difference.

Reads `uv export` output (``name==version ; marker`` lines) on standard input, keeps the lines
whose marker holds here, and compares them with the installed distributions. Exit 0 when they
agree, 1 (one line per difference) when they do not.

    uv export --frozen --all-extras --group dev --no-hashes --no-emit-project \\
        | .venv/bin/python scripts/lock_check.py
"""

from __future__ import annotations

import re
import sys
from importlib import metadata

from packaging.markers import Marker
from packaging.utils import canonicalize_name

_PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==([^\s;]+)\s*(?:;\s*(.+))?$")


def wanted(lines: list[str]) -> dict[str, str]:
    """The locked name -> version pairs whose environment marker holds on this machine."""
    pins: dict[str, str] = {}
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith(("#", "-")):
            continue
        match = _PIN.match(line)
        if match is None:
            continue
        name, version, marker = match.groups()
        if marker and not Marker(marker).evaluate():
            continue
        pins[canonicalize_name(name)] = version
    return pins


def installed() -> dict[str, str]:
    """The installed name -> version pairs (the project itself left out)."""
    found: dict[str, str] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found[canonicalize_name(name)] = dist.version
    found.pop("lexkiosk", None)
    return found


def differences(pins: dict[str, str], have: dict[str, str], *, exact: bool) -> list[str]:
    """One readable line per package that is missing, at another version, or not locked."""
    out = []
    for name, version in sorted(pins.items()):
        if name not in have:
            out.append(f"missing: {name}=={version} (locked)")
        elif have[name] != version:
            out.append(f"version: {name} {have[name]} installed, {version} locked")
    if exact:
        for name in sorted(set(have) - set(pins)):
            if name not in {"pip", "setuptools", "wheel"} or name in pins:
                out.append(f"not locked: {name}=={have[name]} installed")
    return out


def main() -> int:
    exact = "--inexact" not in sys.argv[1:]
    problems = differences(wanted(sys.stdin.read().splitlines()), installed(), exact=exact)
    for line in problems:
        sys.stderr.write(f"[lock] {line}\n")
    if problems:
        sys.stderr.write(
            f"[lock] .venv differs from uv.lock in {len(problems)} package(s): "
            "run scripts/bootstrap.sh test (uv sync --frozen)\n"
        )
        return 1
    sys.stdout.write("[lock] the installed versions equal uv.lock\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
