"""Compile every `.ts` file beside this module into a `.qm` with Qt's lrelease.

Run by the set-up script; also safe to run by hand: `python -m kiosk.i18n.build`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.i18n import I18N_DIR


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("pyside6-lrelease not found next to this Python; install the kiosk extra")
    return found


def build() -> list[Path]:
    built = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        sys.stdout.write(f"compiled {path.name}\n")
