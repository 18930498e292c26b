"""A network namespace of our own: a veth pair with two addresses and no route out, so a call
between real processes on one machine never leaves it (aioice and Janus's libnice skip
127.0.0.1, FACTS.md). Used by the demo tour's live call, the call tests and the benchmarks.

`network_namespace()` first deletes the ones of its kind that a killed process left behind,
then creates it and, on exit, kills by pid whatever still runs inside (only what was started
in it) and deletes it, even after a failure. `inside(ns)` puts the calling
thread in it for a while (Linux `setns`): threads and processes started from that thread
meanwhile (a shell's network loop, the central service, Janus, coturn) run inside too."""

from __future__ import annotations

import ctypes
import os
import secrets
import shutil
import signal
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

CLONE_NEWNET = 0x40000000


class NamespaceUnavailable(RuntimeError):
    """The namespace cannot be made here (not root, no `ip`): the message says why."""


@dataclass(frozen=True)
class Namespace:
    name: str
    address_a: str  # on v0 (Janus's ice_enforce_list in the tests)
    address_b: str  # on v1

    def command(self, argv: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", self.name, *argv]


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)


def _must(*args: str) -> None:
    done = _ip(*args)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")


def namespace_problems() -> list[str]:
    """Plain lines saying why no namespace can be made here (empty when one can)."""
    problems = []
    if os.geteuid() != 0:
        problems.append("a network namespace needs root")
    if shutil.which("ip") is None:
        problems.append("`ip` is not installed (Debian package iproute2)")
    return problems


@contextmanager
def network_namespace(prefix: str = "lkt") -> Iterator[Namespace]:
    problems = namespace_problems()
    if problems:
        raise NamespaceUnavailable("; ".join(problems))
    sweep_abandoned(prefix)
    name = f"{prefix}{os.getpid()}{secrets.token_hex(2)}"
    subnet = f"10.{100 + secrets.randbelow(100)}.{secrets.randbelow(250)}"
    created = _ip("netns", "add", name)
    if created.returncode != 0:
        raise NamespaceUnavailable(f"cannot create a network namespace: {created.stderr.strip()}")
    try:
        inside_ns = ("netns", "exec", name, "ip")
        _must(*inside_ns, "link", "set", "lo", "up")
        _must(*inside_ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1")
        _must(*inside_ns, "addr", "add", f"{subnet}.1/24", "dev", "v0")
        _must(*inside_ns, "addr", "add", f"{subnet}.2/24", "dev", "v1")
        _must(*inside_ns, "link", "set", "v0", "up")
        _must(*inside_ns, "link", "set", "v1", "up")
        yield Namespace(name, f"{subnet}.1", f"{subnet}.2")
    finally:
        _kill_inside(name)
        _ip("netns", "delete", name)


def namespace_names() -> list[str]:
    """The names of the machine's named network namespaces (`ip netns list`)."""
    listed = _ip("netns", "list").stdout
    return [fields[0] for fields in (line.split() for line in listed.splitlines()) if fields]


def sweep_abandoned(prefix: str) -> list[str]:
    """Delete the namespaces named `prefix<pid><4 hex>` whose creating process is gone and in
    which nothing runs: left by a process killed before its own clean-up (SIGKILL, a timeout).
    A namespace being set up by a live process, or with anything inside, is kept."""
    swept = []
    for name in namespace_names():
        digits = name[len(prefix) : -4]
        if not name.startswith(prefix) or not digits.isdigit():
            continue
        if _alive(int(digits)) or _ip("netns", "pids", name).stdout.strip():
            continue
        if _ip("netns", "delete", name).returncode == 0:
            swept.append(name)
    return swept


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: alive
    return True


def _kill_inside(name: str) -> None:
    listed = _ip("netns", "pids", name)
    for pid in listed.stdout.split():
        try:
            os.kill(int(pid), signal.SIGKILL)
        except ProcessLookupError:
            continue


def _setns(fd: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, CLONE_NEWNET) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"setns failed: {os.strerror(errno)}")


@contextmanager
def inside(ns: Namespace) -> Iterator[None]:
    """The calling thread inside `ns` for the block; put back afterwards. Threads started
    before keep their namespace."""
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    target = os.open(f"/run/netns/{ns.name}", os.O_RDONLY)
    try:
        _setns(target)
        try:
            yield
        finally:
            _setns(home)
    finally:
        os.close(target)
        os.close(home)
