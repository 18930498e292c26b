"""The shell pings its service manager from the UI thread: a real `lexkiosk run` process
(offscreen) and a real datagram socket as `$NOTIFY_SOCKET`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.sd_notify import Notifier, watchdog_interval_ms
from tests.helpers import BIN

WATCHDOG_USEC = 200_000  # pings every 0.1 s
WAIT_S = 60.0  # the bound on every wait below, never a sleep


def _receive(sock: socket.socket, wanted: str, timeout_s: float = WAIT_S) -> list[str]:
    """Messages until one equals `wanted`; fails if none comes within `timeout_s`."""
    seen: list[str] = []
    sock.settimeout(timeout_s)
    while True:
        message = sock.recv(4096).decode()
        seen.append(message)
        if message == wanted:
            return seen


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = tmp_path / "notify.sock"
    sock.bind(str(path))
    yield sock, str(path)
    sock.close()


def _shell(tmp_path: Path, notify: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": notify,
        "WATCHDOG_USEC": str(WATCHDOG_USEC),
    }
    return subprocess.Popen(
        [str(BIN / "lexkiosk"), "run"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_shell_says_ready_then_pings_and_a_frozen_ui_thread_stops_the_pings(
    tmp_path: Path, notify_socket: tuple[socket.socket, str]
) -> None:
    """GIVEN `lexkiosk run` with $NOTIFY_SOCKET and $WATCHDOG_USEC WHEN its shell is painted
    THEN READY=1 then WATCHDOG=1 arrive; WHEN its UI thread is frozen (SIGUSR2, the watchdog
    drill) THEN the pings stop."""
    sock, path = notify_socket
    shell = _shell(tmp_path, path)
    try:
        before = _receive(sock, "READY=1")
        assert "WATCHDOG=1" not in before  # no ping before the shell is on screen
        for _ in range(3):
            _receive(sock, "WATCHDOG=1", timeout_s=5)
        shell.send_signal(signal.SIGUSR2)
        sock.settimeout(2.0)  # 20 ping intervals
        late = 0
        with pytest.raises(TimeoutError):
            while True:  # pings already on their way may still arrive; then silence
                assert sock.recv(4096) == b"WATCHDOG=1"
                late += 1
                assert late < 5, "the pings went on after the UI thread froze"
        assert shell.poll() is None  # frozen, not dead: killing it is systemd's job
    finally:
        shell.kill()
        shell.wait(timeout=WAIT_S)


def test_abstract_socket_addresses_start_with_an_at_sign() -> None:
    name = f"lexkiosk-test-{uuid.uuid4().hex}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(WAIT_S)
    notifier = Notifier(f"@{name}")
    try:
        assert notifier.send("WATCHDOG=1")
        assert sock.recv(64) == b"WATCHDOG=1"
    finally:
        notifier.close()
        sock.close()


def test_no_socket_no_watchdog() -> None:
    assert not Notifier.from_env({}).send("READY=1")
    assert watchdog_interval_ms({}) is None
    assert watchdog_interval_ms({"WATCHDOG_USEC": "0"}) is None
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000"}) == 15_000
