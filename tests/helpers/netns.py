"""A network namespace per test module: a veth pair with two addresses and no route out, so
calls between real processes never leave the machine (aioice and libnice skip 127.0.0.1).

Processes run inside with `ns.command(...)` (`ip netns exec NAME ...`); on exit whatever is
still running inside (only what the test started) is killed by pid and the namespace deleted,
even when the test failed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from kiosk.demo.netns import Namespace, NamespaceUnavailable
from kiosk.demo.netns import network_namespace as product_namespace
from tests.helpers import ROOT, missing

__all__ = ["Namespace", "netns", "network_namespace", "run_inside"]


@contextmanager
def network_namespace() -> Iterator[Namespace]:
    """The product's namespace (kiosk/demo/netns.py); where none can be made, the test is
    missing its environment (a failure under CI=true)."""
    try:
        with product_namespace() as namespace:
            yield namespace
    except NamespaceUnavailable as err:
        missing(str(err))


@pytest.fixture(scope="module")
def netns() -> Iterator[Namespace]:
    """A network namespace for the module's tests (deleted afterwards, even on failure)."""
    with network_namespace() as namespace:
        yield namespace


def run_inside(ns: Namespace, module: str, *args: str, timeout_s: float = 540) -> dict[str, Any]:
    """Run `python -m module args` inside `ns` and return the JSON line it prints last; a
    failure shows its stderr."""
    done = subprocess.run(
        ns.command([sys.executable, "-m", module, *args]),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        cwd=ROOT,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise AssertionError(f"{module} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
