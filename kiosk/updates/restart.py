"""Restart the shell through the service manager (`updates.restart_command`)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

from kiosk.updates.errors import UpdateError

RESTART_TIMEOUT_S = 60.0


def restart_shell(command: Sequence[str]) -> None:
    """Run the restart command (by default `systemctl restart --no-block
    lexkiosk-shell.service`); the new shell proves itself through the health marker."""
    try:
        done = subprocess.run(
            list(command), capture_output=True, text=True, timeout=RESTART_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise UpdateError(
            f"restarting the shell took longer than {RESTART_TIMEOUT_S:.0f} s"
        ) from None
    except OSError as err:
        raise UpdateError(f"cannot restart the shell: {err.strerror} ({command[0]})") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UpdateError(f"restarting the shell failed: {last[:200]}")
