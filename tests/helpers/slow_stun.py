"""A coturn stand-in for readiness tests: read the generated turnserver.conf like coturn, listen
on its listening-ip:listening-port (UDP) and answer each STUN binding request only after
`--delay` seconds, as a coturn starved on a loaded machine does.

Run as the media settings' `turnserver_binary` through a wrapper script:
`python -m tests.helpers.slow_stun --delay 1.0 -c FILE`."""

from __future__ import annotations

import argparse
import shlex
import socket
import struct
import sys
import threading
import time
from pathlib import Path

from tests.helpers import ROOT

_BINDING_SUCCESS = 0x0101
_MAGIC = 0x2112A442


def slow_turnserver(directory: Path, delay_s: float) -> Path:
    """An executable `turnserver` in `directory` that is this stand-in answering `delay_s` late."""
    path = directory / "turnserver"
    command = [sys.executable, "-m", "tests.helpers.slow_stun", "--delay", str(delay_s)]
    path.write_text(
        f'#!/bin/sh\nPYTHONPATH={shlex.quote(str(ROOT))} exec {shlex.join(command)} "$@"\n'
    )
    path.chmod(0o755)
    return path


def _listening(conf: Path) -> tuple[str, int]:
    values = dict(line.split("=", 1) for line in conf.read_text().splitlines() if "=" in line)
    return values["listening-ip"], int(values["listening-port"])


def _answer_late(
    sock: socket.socket, request: bytes, peer: tuple[str, int], delay_s: float
) -> None:
    time.sleep(delay_s)
    sock.sendto(struct.pack("!HHI", _BINDING_SUCCESS, 0, _MAGIC) + request[8:20], peer)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-c", dest="conf", type=Path, required=True)
    parser.add_argument("--delay", type=float, required=True)
    args = parser.parse_args()
    ip, port = _listening(args.conf)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((ip, port))
        while True:
            request, peer = sock.recvfrom(2048)
            if len(request) >= 20:
                threading.Thread(
                    target=_answer_late, args=(sock, request, peer, args.delay), daemon=True
                ).start()


if __name__ == "__main__":
    main()
