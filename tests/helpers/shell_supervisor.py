"""systemd's part in the update tests (systemd is not PID 1 here): the updater's
`updates.restart_command` runs this instead of `systemctl restart lexkiosk-shell.service`.
It stops the shell whose pid is in PIDFILE and starts `<data>/envs/current/bin/lexkiosk run`
detached, as the unit's ExecStart would, with this process's environment.

    python shell_supervisor.py PIDFILE DATA_DIR LOGFILE
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

STOP_TIMEOUT_S = 30.0


def _gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def stop(pidfile: Path) -> None:
    try:
        pid = int(pidfile.read_text())
    except (FileNotFoundError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while not _gone(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            break
        time.sleep(0.05)


def main(argv: list[str]) -> int:
    pidfile, data_dir, log = Path(argv[0]), Path(argv[1]), Path(argv[2])
    stop(pidfile)
    with log.open("ab") as out:
        shell = subprocess.Popen(
            [str(data_dir / "envs" / "current" / "bin" / "lexkiosk"), "run"],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    pidfile.write_text(str(shell.pid))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
