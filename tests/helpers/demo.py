"""`lexkiosk demo --services-only` as a process: its printed lines read as they come, the
logins it prints, and the processes below it (read from /proc: no extra package)."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import BIN

LOGIN = re.compile(r"^\[demo\]\s+(demo-[a-z-]+)\s+password (\S+)\s+(\w+)")
CONSOLE = re.compile(r"staff console: (http://127\.0\.0\.1:\d+)/console/login")
JANUS = re.compile(r"Janus: (ws://127\.0\.0\.1:\d+/)")


def _ppid_and_state(pid: int) -> tuple[int, str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def descendants(pid: int) -> dict[int, str]:
    """{pid: command name} of every live process below `pid`."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            found = _ppid_and_state(int(entry))
            if found is not None and found[1] != "Z":
                children.setdefault(found[0], []).append(int(entry))
    below: dict[int, str] = {}
    todo = list(children.get(pid, []))
    while todo:
        child = todo.pop()
        try:
            below[child] = Path(f"/proc/{child}/comm").read_text().strip()
        except OSError:
            continue
        todo += children.get(child, [])
    return below


def alive(pid: int) -> bool:
    """Running (a zombie nobody reaped yet counts as gone)."""
    found = _ppid_and_state(pid)
    return found is not None and found[1] != "Z"


def wait_gone(pids: list[int], timeout_s: float) -> list[int]:
    """The pids still alive after waiting up to `timeout_s` for all to end."""
    deadline = time.monotonic() + timeout_s
    while True:
        left = [pid for pid in pids if alive(pid)]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


@dataclass
class DemoRun:
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    pump: threading.Thread | None = None
    _queue: queue.Queue[str | None] = field(default_factory=queue.Queue)

    def wait_for(self, text: str, timeout_s: float) -> None:
        """Reads printed lines until one contains `text`; fails with what was printed."""
        deadline = time.monotonic() + timeout_s
        while not any(text in line for line in self.lines):
            left = deadline - time.monotonic()
            try:
                line = self._queue.get(timeout=max(left, 0.01))
            except queue.Empty:
                raise AssertionError(
                    f"the demo did not print {text!r} in {timeout_s} s:\n" + "\n".join(self.lines)
                ) from None
            if line is None:
                raise AssertionError(
                    f"the demo ended ({self.process.wait()}) before {text!r}:\n"
                    + "\n".join(self.lines)
                )
            self.lines.append(line.rstrip("\n"))

    def logins(self) -> dict[str, str]:
        return {m[1]: m[2] for line in self.lines if (m := LOGIN.match(line))}

    def first(self, pattern: re.Pattern[str]) -> str | None:
        return next((m[1] for line in self.lines if (m := pattern.search(line))), None)


def start_demo(cwd: Path, env: dict[str, str]) -> DemoRun:
    """The demo without its window, in `cwd` (it keeps its files in `cwd/.data/demo`)."""
    process = subprocess.Popen(
        [str(BIN / "lexkiosk"), "demo", "--services-only"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    run = DemoRun(process)

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            run._queue.put(line)
        run._queue.put(None)

    run.pump = threading.Thread(target=pump, daemon=True)
    run.pump.start()
    return run


def stop_demo(run: DemoRun, how: signal.Signals = signal.SIGTERM) -> int:
    if run.process.poll() is None:
        run.process.send_signal(how)
    try:
        code = run.process.wait(60)
    except subprocess.TimeoutExpired:
        run.process.kill()
        code = run.process.wait(10)
    if run.pump is not None:
        run.pump.join(10)  # ends at the end of the output
    if run.process.stdout is not None:
        run.process.stdout.close()
    return code
