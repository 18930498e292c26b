"""The scripted tour `make demo` runs without a display: it writes a PNG of each screen."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.flows.connectivity import Link
from kiosk.qt import QApplication
from kiosk.shell import Shell


def _settle(until: float = 0.3) -> None:
    deadline = time.monotonic() + until
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _wait_link(shell: Shell, link: Link, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if shell.link is link:
            return True
        time.sleep(0.05)
    return False


class _ShiftedClock:
    """Monotonic time that the tour can move forward to show the idle warning."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


def run_tour(shell: Shell, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    clock = _ShiftedClock()
    shell.clock = clock
    shell.start()
    window = shell.window
    window.show()
    written: list[Path] = []

    def snap(name: str) -> None:
        _settle()
        path = out_dir / f"{len(written) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    try:
        _wait_link(shell, Link.CONNECTED, 15.0)
        snap("attract")
        window.attract.start_button.click()
        snap("home-zh")
        window.home.tiles["legal_aid"].click()
        snap("service-legal-aid")
        window.service.back_button.click()
        window.strip.lang_buttons["en"].click()
        snap("home-en")
        window.strip.lang_buttons["zh"].click()
        clock.offset += shell.idle.timeout_s - shell.idle.warning_s + 1
        shell.check_idle()
        snap("idle-warning")
        clock.offset += shell.idle.warning_s
        shell.check_idle()
        snap("attract-after-timeout")
    finally:
        shell.stop()
        window.close()
    return written
