"""Screen change time and memory over many journeys, driven through the real widgets offscreen
with emulated devices.

- screen change: from the click to the new screen's first paint, p50/p95 over every change in
  the run (goal p95 <= 100 ms), next to a bare QStackedWidget page flip measured the same way;
- memory: RSS after a warm-up, then after 500 journeys (goal growth <= 10 MB), next to the same
  number of bare page flips.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

JOURNEYS = int(os.environ.get("BENCH_JOURNEYS", "500"))
WARM_UP = 20


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def bare_flips(n: int) -> tuple[list[float], float]:
    """Baseline: a QStackedWidget of two plain pages, flipped by a button click."""
    from benchmarks.journey_driver import PaintClock, wait
    from benchmarks.qt_input import click
    from kiosk.qt import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

    window = QWidget()
    stack = QStackedWidget()
    button = QPushButton("flip")
    column = QVBoxLayout(window)
    column.addWidget(stack)
    column.addWidget(button)
    clock = PaintClock()
    for text in ("one", "two"):
        page = QLabel(text)
        page.installEventFilter(clock)
        stack.addWidget(page)
    button.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    window.resize(1080, 1920)
    window.show()
    times: list[float] = []
    before_mb = 0.0
    for i in range(n + WARM_UP):
        if i == WARM_UP:
            gc.collect()
            before_mb = rss_mb()
        start = time.perf_counter()
        click(button)
        shown = id(stack.currentWidget())

        def painted(shown: int = shown, start: float = start) -> bool:
            return clock.painted.get(shown, 0.0) > start

        wait(painted, 5.0)
        times.append(clock.painted[shown] - start)
    gc.collect()
    grown = rss_mb() - before_mb
    window.close()
    window.deleteLater()
    return times, grown


def main() -> None:
    from api_client.outbox.files import ensure_key
    from benchmarks.journey_driver import Driver
    from config.loader import load_settings
    from devices.manager import DeviceManager
    from kiosk.app import get_app, quiet_keyboard_loading
    from kiosk.shell import Shell

    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    quiet_keyboard_loading()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        ensure_key(data)
        settings = load_settings(None, {}, {"data_dir": str(data)})
        app = get_app(settings.profile)
        devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        shell = Shell(app, settings, devices, None)
        shell.window.show()
        driver = Driver(shell)

        def journey(i: int) -> None:
            if i % 10 == 0:  # legal aid prints a receipt: the slowest, one in ten
                driver.legal_aid(i, "13800138000", ["gongzi", "tuoqian", "sange", "yue"])
            elif i % 2:
                driver.hotline("1380013" + f"{i:04d}"[-4:], "ok")
            else:
                driver.browse()

        t0 = time.perf_counter()
        for i in range(WARM_UP):
            journey(i)
        driver.changes.clear()
        gc.collect()
        before_mb = rss_mb()
        for i in range(JOURNEYS):
            journey(i)
        gc.collect()
        after_mb = rss_mb()
        elapsed = time.perf_counter() - t0
        changes = list(driver.changes)
        shell.stop()
        shell.window.close()

    base, base_grown = bare_flips(len(changes))
    print(
        f"{JOURNEYS} journeys ({JOURNEYS // 10} legal aid with a printed receipt, the rest "
        f"hotline call-backs and browsing), {len(changes)} screen changes, {elapsed:.1f} s"
    )
    print(
        f"screen change, click to painted: p50 {pct(changes, 0.5):6.1f} ms  "
        f"p95 {pct(changes, 0.95):6.1f} ms  max {max(changes) * 1000:6.1f} ms  (goal p95 <= 100)"
    )
    print(
        f"bare QStackedWidget flip:        p50 {pct(base, 0.5):6.1f} ms  "
        f"p95 {pct(base, 0.95):6.1f} ms  (baseline)"
    )
    print(
        f"p95 ratio shell / bare: {pct(changes, 0.95) / pct(base, 0.95):.1f}x; "
        f"mean change {statistics.mean(changes) * 1000:.1f} ms"
    )
    print(
        f"RSS: {before_mb:.1f} MB after {WARM_UP} warm-up journeys, {after_mb:.1f} MB after "
        f"{JOURNEYS} more: {after_mb - before_mb:+.1f} MB (goal <= 10); bare flips "
        f"{base_grown:+.1f} MB over {len(base)} flips"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
