"""The terminal's own health figures for the heartbeat: the outbox backlog and free disk.

The central service turns them into the outbox-backlog and disk-space alerts
(central.fleet.alerts); a figure that cannot be read is sent as None, never guessed.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)

OutboxSource = Callable[[], OutboxStore | None]


@dataclass(frozen=True)
class HealthFigures:
    outbox_backlog: int | None
    disk_free_percent: float | None


def disk_free_percent(folder: Path) -> float | None:
    """The free share of the filesystem holding `folder` (or its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        usage = shutil.disk_usage(probe)
    except OSError as err:
        log.warning("disk usage unreadable: %s", type(err).__name__)
        return None
    if usage.total <= 0:
        return None
    return round(100.0 * usage.free / usage.total, 2)


class TerminalHealth:
    """Reads the figures on the network thread, once per heartbeat.

    `outbox` returns the terminal's outbox, or None before enrolment (nothing can wait then);
    the count is the outbox's own (`OutboxStore.status`), items not yet delivered.
    """

    def __init__(self, data_dir: Path, outbox: OutboxSource) -> None:
        self._data_dir = data_dir
        self._outbox = outbox

    def figures(self) -> HealthFigures:
        return HealthFigures(self._backlog(), disk_free_percent(self._data_dir))

    def _backlog(self) -> int | None:
        store = self._outbox()
        if store is None:
            return None
        try:
            return store.status(time.time()).pending
        except sqlite3.Error as err:  # closed at shutdown, or a damaged file
            log.warning("outbox backlog unreadable: %s", type(err).__name__)
            return None
