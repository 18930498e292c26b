"""The systemd notification protocol (sd_notify), in a few lines over a datagram socket.

The service manager passes `$NOTIFY_SOCKET` (a path, or `@name` for an abstract socket) and
`$WATCHDOG_USEC`; the shell says `READY=1` once its attract screen is painted and then
`WATCHDOG=1` from a QTimer on the UI thread, so a frozen UI thread stops the pings and the
manager kills and restarts the shell (`WatchdogSec=` in deploy/lexkiosk-shell.service).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class Notifier:
    """Sends notification datagrams; a no-op when the shell was not started by systemd."""

    def __init__(self, address: str | None) -> None:
        self._address = address
        self._socket: socket.socket | None = None
        if address:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Notifier:
        return cls(env.get("NOTIFY_SOCKET") or None)

    @property
    def enabled(self) -> bool:
        return self._socket is not None

    def send(self, state: str) -> bool:
        """Send `state` (e.g. "READY=1"); False when there is no socket or it refused."""
        if self._socket is None or self._address is None:
            return False
        target = self._address
        if target.startswith("@"):  # an abstract socket: a leading NUL byte instead of '@'
            target = "\0" + target[1:]
        try:
            self._socket.sendto(state.encode(), target)
        except OSError as err:
            log.warning("service manager notification failed: %s", type(err).__name__)
            return False
        return True

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def watchdog_interval_ms(env: Mapping[str, str]) -> int | None:
    """Half of `$WATCHDOG_USEC` in milliseconds (as sd_watchdog_enabled advises), or None when
    the manager asked for no watchdog. `$WATCHDOG_PID` is not checked: under `cage` it names
    the compositor, whose child the shell is (the unit says `NotifyAccess=all`)."""
    raw = env.get("WATCHDOG_USEC", "")
    if not raw.isdigit() or int(raw) == 0:
        return None
    return max(1, int(raw) // 2000)
