"""Switch to the new environment, restart the shell, and keep it only if it proves healthy;
otherwise switch back and restart the old shell."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kiosk.updates import progress
from kiosk.updates.errors import UpdateError
from kiosk.updates.health import wait_for_health
from kiosk.updates.paths import UpdatePaths
from kiosk.updates.restart import restart_shell
from kiosk.updates.slots import switch_to

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrialResult:
    kept: bool
    detail: str


def try_version(
    paths: UpdatePaths,
    record: progress.Progress,
    restart_command: Sequence[str],
    health_timeout_s: float,
) -> TrialResult:
    progress.save(paths, replace(record, phase="switched"))
    switch_to(paths, record.slot)
    problem = _restart_and_prove(paths, record.version, restart_command, health_timeout_s)
    if problem is None:
        progress.clear(paths)
        return TrialResult(True, f"the shell {record.version} painted and heartbeated")
    if record.previous is None:
        progress.clear(paths)
        return TrialResult(False, f"{problem}; there is no previous version to go back to")
    switch_to(paths, record.previous)
    back = "the previous version"
    old_problem = (
        _restart_and_prove(paths, record.previous_version, restart_command, health_timeout_s)
        if record.previous_version
        else "its version is unknown"
    )
    progress.clear(paths)
    if old_problem is None:
        return TrialResult(False, f"{problem}; {back} {record.previous_version} runs again")
    return TrialResult(False, f"{problem}; {back} was restored but {old_problem}")


def _restart_and_prove(
    paths: UpdatePaths, version: str, restart_command: Sequence[str], timeout_s: float
) -> str | None:
    """None when the shell of `version` proved itself healthy, else what went wrong."""
    since = time.time()
    paths.health.unlink(missing_ok=True)
    try:
        restart_shell(restart_command)
    except UpdateError as err:
        return str(err)
    healthy = wait_for_health(paths, version, since, timeout_s)
    if healthy is None:
        return (
            f"the shell {version} did not paint its attract screen and heartbeat "
            f"within {timeout_s:.0f} s"
        )
    log.info("shell %s healthy %.1f s after its restart", version, healthy.seconds)
    return None
