"""A namespace left behind by a killed process is swept by the next one made; one whose
creator lives, or with anything running inside, is kept."""

from __future__ import annotations

import os
import subprocess
import sys

from kiosk.demo.netns import namespace_names, namespace_problems, network_namespace
from tests.helpers import missing


def _dead_pid() -> int:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    return gone.pid


def test_an_abandoned_namespace_is_swept_and_a_live_ones_kept() -> None:
    """GIVEN a namespace named for a process that is gone and one named for this (live)
    process WHEN a namespace of the same kind is made THEN the first is deleted, the second
    kept, and the new one is deleted on exit."""
    problems = namespace_problems()
    if problems:
        missing("; ".join(problems))
    abandoned = f"lksweep{_dead_pid()}beef"
    alive = f"lksweep{os.getpid()}cafe"
    for name in (abandoned, alive):
        subprocess.run(["ip", "netns", "add", name], check=True, capture_output=True)
    try:
        with network_namespace("lksweep") as made:
            names = set(namespace_names())
            assert abandoned not in names
            assert alive in names and made.name in names
        assert made.name not in set(namespace_names())
    finally:
        for name in (abandoned, alive):
            subprocess.run(["ip", "netns", "delete", name], capture_output=True)
