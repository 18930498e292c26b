"""Janus and coturn as child processes of the central service (the embedded default; in
production they run as services): configure, start, wait until they answer, stop."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from central.media.coturn_config import write_coturn_config
from central.media.errors import MediaError
from central.media.janus_config import janus_lib_dir, write_janus_config
from central.media.probes import check_free, janus_answers, stun_answers
from central.media.settings import MediaSettings

log = logging.getLogger(__name__)

# what Janus (its WebSocket transport, libwebsockets) and coturn log when their port is taken
_BUSY_HINTS = (
    "address already in use",
    "cannot bind",
    "error binding",
    "error creating vhost",
)
# A probe waits for an answer from PROBE_FIRST_WAIT_S, doubled after each unanswered probe,
# up to PROBE_WAIT_S: a starved child on a loaded machine answers late, and a late answer is
# still an answer (a fixed 0.2-0.5 s used to discard it); the short first waits notice soon a
# child that exits because something else holds its port (and answered the connection).
PROBE_FIRST_WAIT_S = 0.5
PROBE_WAIT_S = 10.0


@dataclass
class _Child:
    name: str
    package: str
    process: subprocess.Popen[bytes]
    log_path: Path
    log_file: IO[bytes]

    def text(self) -> str:
        self.log_file.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def tail(self, lines: int = 5) -> str:
        text = self.text()
        return " | ".join(line.strip() for line in text.splitlines()[-lines:] if line.strip())


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child before exec: the kernel sends SIGTERM when the parent dies, even by
    SIGKILL, so a killed service leaves no Janus or coturn behind."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _binary(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise MediaError(f"{name} is not installed: install the Debian package {package}")
    return found


class MediaSupervisor:
    """Starts Janus and coturn with generated configs and stops them; usable as a context
    manager. `start()` returns once both answer, or raises one plain MediaError.

    `die_with_parent`: the children get SIGTERM when the thread that started them ends (the
    embedded service starts them from its main thread); off for callers that start them from
    a worker thread."""

    def __init__(self, settings: MediaSettings, die_with_parent: bool = False) -> None:
        self.settings = settings
        self.die_with_parent = die_with_parent
        self._children: list[_Child] = []

    def __enter__(self) -> MediaSupervisor:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        s = self.settings
        janus = _binary(s.janus_binary, "janus")
        turnserver = _binary(s.turnserver_binary, "coturn")
        lib_dir = janus_lib_dir()
        if lib_dir is None:
            raise MediaError(
                "Janus's VideoRoom plugin is missing: install the Debian package janus"
            )
        check_free(s.janus_ws_ip, s.janus_ws_port, socket.SOCK_STREAM, "Janus", "janus_ws_port")
        for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
            check_free(s.turn_listening_ip, s.turn_port, kind, "coturn", "turn_port")
        janus_dir = write_janus_config(s, lib_dir)
        coturn_conf = write_coturn_config(s)
        try:
            self._spawn("janus", "janus", [janus, "-F", str(janus_dir), "-o"])
            self._spawn("coturn", "coturn", [turnserver, "-c", str(coturn_conf)])
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _spawn(self, name: str, package: str, argv: Sequence[str]) -> None:
        logs = self.settings.data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        log_path = logs / f"{name}.log"
        log_file = log_path.open("wb")
        process = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if self.die_with_parent else None,
        )
        self._children.append(_Child(name, package, process, log_path, log_file))
        log.info("started %s (pid %d), log %s", name, process.pid, log_path)

    def _wait_ready(self) -> None:
        s = self.settings
        started = time.monotonic()
        deadline = started + s.start_timeout_s
        pending = {child.name: child for child in self._children}
        waits = dict.fromkeys(pending, PROBE_FIRST_WAIT_S)
        while pending:
            for name, child in list(pending.items()):
                if child.process.poll() is not None:
                    raise MediaError(self._exit_message(child))
                wait = min(waits[name], max(deadline - time.monotonic(), PROBE_FIRST_WAIT_S))
                waits[name] = min(waits[name] * 2, PROBE_WAIT_S)
                if self._answers(name, wait):
                    log.info("%s answered %.1f s after its start", name, time.monotonic() - started)
                    del pending[name]
            if not pending:
                return
            if time.monotonic() > deadline:
                raise MediaError(self._silent_message(list(pending.values())))
            # the pause between probes is a wait on the first pending child exiting
            with contextlib.suppress(subprocess.TimeoutExpired):
                next(iter(pending.values())).process.wait(timeout=0.05)

    def _answers(self, name: str, wait_s: float) -> bool:
        s = self.settings
        if name == "janus":
            return janus_answers(s.janus_url, timeout_s=wait_s)
        return stun_answers(s.turn_listening_ip, s.turn_port, timeout_s=wait_s)

    def _silent_message(self, silent: list[_Child]) -> str:
        """Names each child that runs but never answered, what was asked, and its last lines."""
        s = self.settings
        asked = {
            "janus": f"Janus's info request on {s.janus_url}",
            "coturn": f"a STUN binding request on {s.turn_listening_ip}:{s.turn_port} (UDP)",
        }
        parts = [
            f"{child.name} runs but did not answer {asked[child.name]} within "
            f"{s.start_timeout_s:.0f} s (its log ends: {child.tail(2)})"
            for child in silent
        ]
        return "; ".join(parts) + f" (logs in {s.data_dir / 'logs'})"

    def _exit_message(self, child: _Child) -> str:
        tail = child.tail()
        port = self.settings.janus_ws_port if child.name == "janus" else self.settings.turn_port
        if any(hint in child.text().lower() for hint in _BUSY_HINTS):
            return f"{child.name} could not listen: port {port} is busy ({tail})"
        return f"{child.name} stopped at start with code {child.process.returncode}: {tail}"

    def stop(self) -> None:
        """Stop the children (SIGTERM, then SIGKILL after 5 s); safe to call twice."""
        while self._children:
            child = self._children.pop()
            if child.process.poll() is None:
                child.process.terminate()
                try:
                    child.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    child.process.kill()
                    child.process.wait(timeout=5)
            child.log_file.close()

    def pids(self) -> dict[str, int]:
        return {child.name: child.process.pid for child in self._children}
