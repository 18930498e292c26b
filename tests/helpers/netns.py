"""A network namespace per test module: a veth pair with two addresses and no route out, so
calls between real processes never leave the machine (aioice and libnice skip 127.0.0.1).

Processes run inside with `ns.command(...)` (`ip netns exec NAME ...`); on exit whatever is
still running inside (only what the test started) is killed by pid and the namespace deleted,
even when the test failed.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from tests.helpers import ROOT, missing


@dataclass(frozen=True)
class Namespace:
    name: str
    address_a: str  # on v0 (Janus's ice_enforce_list)
    address_b: str  # on v1

    def command(self, argv: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", self.name, *argv]


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)


def _must(*args: str) -> None:
    done = _ip(*args)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")


@contextmanager
def network_namespace() -> Iterator[Namespace]:
    if shutil.which("ip") is None:
        missing("`ip` is not installed (Debian package iproute2)")
    name = f"lkt{os.getpid() % 100000}{secrets.token_hex(2)}"
    subnet = f"10.{100 + secrets.randbelow(100)}.{secrets.randbelow(250)}"
    created = _ip("netns", "add", name)
    if created.returncode != 0:
        missing(f"cannot create a network namespace: {created.stderr.strip()}")
    try:
        inside = ("netns", "exec", name, "ip")
        _must(*inside, "link", "set", "lo", "up")
        _must(*inside, "link", "add", "v0", "type", "veth", "peer", "name", "v1")
        _must(*inside, "addr", "add", f"{subnet}.1/24", "dev", "v0")
        _must(*inside, "addr", "add", f"{subnet}.2/24", "dev", "v1")
        _must(*inside, "link", "set", "v0", "up")
        _must(*inside, "link", "set", "v1", "up")
        yield Namespace(name, f"{subnet}.1", f"{subnet}.2")
    finally:
        _kill_inside(name)
        _ip("netns", "delete", name)


def _kill_inside(name: str) -> None:
    listed = _ip("netns", "pids", name)
    for pid in listed.stdout.split():
        try:
            os.kill(int(pid), signal.SIGKILL)
        except ProcessLookupError:
            continue


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
