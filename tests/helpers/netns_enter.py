"""Put the calling thread inside a test's network namespace for a while (Linux `setns`), so
an in-process kiosk shell, and every thread and process started from that thread meanwhile
(its network loop, the central service, Janus, coturn), talk only inside it. aioice and
libnice skip 127.0.0.1, so a call between real processes needs the namespace's veth pair.

Threads started before keep their namespace; the thread is put back afterwards."""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers.netns import Namespace

CLONE_NEWNET = 0x40000000


def _setns(fd: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, CLONE_NEWNET) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"setns failed: {os.strerror(errno)}")


@contextmanager
def inside(ns: Namespace) -> Iterator[None]:
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
