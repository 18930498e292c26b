"""Build an environment from a verified bundle's wheels, offline: the stdlib `venv` (with the
pip it bundles) and `pip install --no-index`, so no package registry is ever asked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kiosk.updates.errors import UpdateError

VENV_TIMEOUT_S = 300.0
INSTALL_TIMEOUT_S = 1200.0


def build_environment(python: Path, env: Path, wheels: list[Path]) -> None:
    """A fresh environment at `env` holding exactly `wheels`.

    `--no-deps`: the bundle carries every wheel of the lock (the builder refuses otherwise), so
    nothing is resolved here; resolving would also trip over requirements the lock overrides
    (face-recognition asks for dlib; the lock gives dlib-bin). Whether the result works is
    decided by the health check, not by pip.
    """
    if env.exists():
        shutil.rmtree(env)
    _run([str(python), "-m", "venv", str(env)], VENV_TIMEOUT_S, "creating the environment")
    _run(
        [
            str(env / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-deps",
            "--no-cache-dir",
            "--disable-pip-version-check",
            "--quiet",
            *[str(w) for w in wheels],
        ],
        INSTALL_TIMEOUT_S,
        "installing the wheels",
    )


def _run(command: list[str], timeout_s: float, what: str) -> None:
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except subprocess.TimeoutExpired:
        raise UpdateError(f"{what} took longer than {timeout_s:.0f} s") from None
    except OSError as err:
        raise UpdateError(f"{what} failed: {err.strerror} ({command[0]})") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UpdateError(f"{what} failed: {last[:300]}")
