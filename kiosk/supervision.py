"""The shell tells its service manager it is alive, from the UI thread.

`READY=1` once the full shell is painted; then `WATCHDOG=1` from a QTimer, which fires only
while the Qt event loop turns: a UI thread stuck in a call stops the pings, and systemd
(`WatchdogSec=`) kills and restarts the shell. SIGUSR2 freezes the UI thread on purpose (the
watchdog drill a technician or a test runs: `kill -USR2 <pid>`).
"""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType

from kiosk.qt import QObject, QTimer
from kiosk.sd_notify import Notifier

log = logging.getLogger(__name__)

DRILL_FREEZE_S = 120.0


class Supervision(QObject):
    def __init__(self, notifier: Notifier, interval_ms: int | None) -> None:
        super().__init__()
        self._notifier = notifier
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        self._interval_ms = interval_ms

    def ready(self) -> None:
        """The attract screen of the full shell is on screen."""
        self._notifier.send("READY=1")
        if self._interval_ms is not None:
            self.ping()
            self._timer.start(self._interval_ms)

    def ping(self) -> None:
        self._notifier.send("WATCHDOG=1")

    def stopping(self) -> None:
        self._timer.stop()
        self._notifier.send("STOPPING=1")
        self._notifier.close()


def freeze_ui(freeze_s: float = DRILL_FREEZE_S) -> None:
    """Block the calling (UI) thread: what a hung device call or a deadlock would do."""
    log.warning("watchdog drill: the UI thread is frozen for %.0f s", freeze_s)
    time.sleep(freeze_s)


def install_drill(freeze_s: float = DRILL_FREEZE_S) -> None:
    """SIGUSR2 freezes the UI thread (Python runs signal handlers on the main thread, the next
    time the interpreter runs there: at the latest on the watchdog timer's next tick)."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        freeze_ui(freeze_s)

    signal.signal(signal.SIGUSR2, handler)
