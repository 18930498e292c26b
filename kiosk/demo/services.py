"""The demo's services: the embedded central service with Janus and coturn as its children
(when installed), the demo staff and knowledge base (one seed process), and waiting for the
end when no kiosk window is wanted."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

from kiosk.central_process import MEDIA_FAILED, CentralProcess, missing_media
from kiosk.demo.staff import DemoStaff, add_demo_staff, login_lines

NO_CALLS = "the demo runs without video calls"
Say = Callable[[str], None]


def start_central(data_dir: Path, say: Say, port: int | None = None) -> CentralProcess:
    """The central service (on `port`, default a free one), started; with Janus and coturn
    unless they are missing or fail to start, which is said plainly and the demo goes on
    without calls. Any other failure is raised as it is: RuntimeError naming what failed."""
    problems = missing_media()
    for problem in problems:
        say(problem)
    if problems:
        say(NO_CALLS)
    central = CentralProcess(
        data_dir, port, heartbeat_s=2.0, media=not problems, die_with_parent=True
    )
    say(f"starting the central service (SQLite in {central.data_dir})")
    try:
        central.start()
    except RuntimeError as err:
        # only a failure of Janus or coturn is one the demo can go on without; a service
        # that did not answer or stopped for another reason is reported as it is
        said = [line for line in str(err).splitlines() if MEDIA_FAILED in line]
        if not central.media or not said:
            raise
        say(f"Janus and coturn did not start: {said[-1].split(MEDIA_FAILED + ': ', 1)[-1]}")
        say(NO_CALLS)
        central = CentralProcess(data_dir, port, heartbeat_s=2.0, die_with_parent=True)
        central.start()
    if central.media:
        where = central.media_addresses()
        say(f"Janus: {where['janus_url']}  coturn: {where['turn_url']} (children of the service)")
    return central


def seed_demo(central: CentralProcess, say: Say) -> list[DemoStaff]:
    """Adds the demo's organisations, staff and knowledge base in one process; says what
    was added; returns the logins (announced later, when the terminal is ready)."""
    seeded = add_demo_staff(central)
    for line in seeded.said:
        if line.startswith("knowledge "):
            say(f"knowledge base: {line.removeprefix('knowledge ')}")
    say(seeded.said[-1] if seeded.said else "the demo's staff are added")
    return seeded.staff


def announce_staff(central: CentralProcess, staff: list[DemoStaff], say: Say) -> None:
    """Prints the console's address with the demo staff's logins."""
    invitations = str(central.data_dir / "invitations.jsonl")
    for line in login_lines(f"{central.url}/console/login", staff, invitations):
        say(line)


def wait_for_stop(ready: Callable[[], None] = lambda: None) -> int:
    """Blocks until SIGINT or SIGTERM (the demo without its window); returns the signal.
    `ready` runs once the signals are held, so a stop sent as soon as it says so is caught."""
    stops = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    try:
        ready()
        return int(signal.sigwait(stops))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
