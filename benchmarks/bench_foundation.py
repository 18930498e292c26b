"""Foundation figures: shell start-up against a bare Qt window, and heartbeat round trips
against the central service's bare health route, each baseline measured in the same run."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from api_client.client import CentralClient
from api_client.schemas import DeviceState, Heartbeat
from kiosk.central_process import CentralProcess

# A bare window: the same process start and QApplication, a 1080x1920 window (the kiosk
# profile's size, at which the shell is shown below too), timed to its first paint event.
BARE = """
import time; t=time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
painted = []
class Paint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not painted:
            painted.append(time.perf_counter() - t)
        return False
app = QApplication([]); w = QMainWindow(); w.resize(1080, 1920)
watch = Paint(); w.installEventFilter(watch); w.show()
while not painted:
    app.processEvents()
print(painted[0])
"""

# `lexkiosk run` as the console script starts it (kiosk.cli.main), with one change: instead of
# app.exec() the loop below runs the same StagedStart until the full shell has started. The
# clock stops at the first frame's first paint event (the attract screen, see kiosk.runner);
# "shell painted" is when the full window replaced it, "warm" when the network, the outbox and
# the keyboard's QML have started too. The resident can see and touch the screen from "painted".
SHELL = """
import time; t=time.perf_counter()
from kiosk import cli, runner
marks = {}
def timed_run(load, hints, config_file=None):
    start = runner.StagedStart(hints, load, config_file, full_screen=False)
    start.painted.connect(lambda: marks.setdefault("painted", time.perf_counter() - t))
    start.ready.connect(lambda: marks.setdefault("shell", time.perf_counter() - t))
    start.show()
    while "painted" not in marks:
        start.app.processEvents()
    while start.shell is None or start.first.isVisible():
        start.app.processEvents()  # until the deferred shell.start() has run
    marks["warm"] = time.perf_counter() - t
    start.stop()
    return 0
runner.run = timed_run
assert cli.main(["--set", "data_dir=%s", "run"]) == 0
print(marks["warm"])
print(marks["shell"])
print(marks["painted"])
"""


def _start_once(code: str) -> list[float]:
    """The figures one fresh process prints (seconds)."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return [float(line) for line in out.stdout.strip().splitlines()]


def _startups(shell_code: str, runs: int = 9) -> tuple[list[float], ...]:
    """Bare and shell starts alternate, so a busy machine slows both alike."""
    bare, painted, full, warm = [], [], [], []
    for _ in range(runs):
        bare.append(_start_once(BARE)[-1])
        shell = _start_once(shell_code)
        warm.append(shell[0])
        full.append(shell[1])
        painted.append(shell[-1])
    return bare, painted, full, warm


async def _latencies(url: str, token: str | None, n: int, beat: bool) -> list[float]:
    body = Heartbeat(
        sent_at=datetime.now(UTC),
        app_version="bench",
        devices=[DeviceState(family="printer", status="online")],
    )
    out = []
    async with CentralClient(url, token) as client:
        for _ in range(n):
            t = time.perf_counter()
            await (client.heartbeat(body) if beat else client.health())
            out.append(time.perf_counter() - t)
    return out


def _p(values: list[float], q: float) -> float:
    return sorted(values)[int(q * (len(values) - 1))] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bares, painteds, fulls, warms = _startups(SHELL % str(Path(tmp) / "k"))
        bare, shell, full, warm = (statistics.median(x) for x in (bares, painteds, fulls, warms))
        ratios = sorted(p / b for p, b in zip(painteds, bares, strict=True))
        print(f"start-up, bare Qt window:       {bare * 1000:7.1f} ms (median of {len(bares)})")
        print(
            f"start-up, LexKiosk shell:       {shell * 1000:7.1f} ms to the painted attract "
            f"screen ({shell / bare:.2f}x bare; goal <= 2x)"
        )
        print(
            f"  per pair (shell / bare, alternating runs): min {ratios[0]:.2f}x, "
            f"median {statistics.median(ratios):.2f}x, max {ratios[-1]:.2f}x"
        )
        print(f"  then the full shell painted:   {full * 1000:7.1f} ms after process start")
        print(f"  then warm (network, keyboard): {warm * 1000:7.1f} ms after process start")

        central = CentralProcess(Path(tmp) / "central")
        central.start()
        try:
            from config.loader import load_settings
            from kiosk.net.enrolment import enrol

            settings = load_settings(
                None, {}, {"central_url": central.url, "data_dir": str(Path(tmp) / "k")}
            )
            token = asyncio.run(enrol(settings, central.enrol_code())).device_token
            n = 500
            health = asyncio.run(_latencies(central.url, None, n, beat=False))
            beats = asyncio.run(_latencies(central.url, token, n, beat=True))
        finally:
            central.stop()
    for name, values in (("GET /healthz (baseline)", health), ("POST /api/v1/heartbeat", beats)):
        rate = len(values) / sum(values)
        print(
            f"{name:26} p50 {_p(values, 0.5):6.2f} ms  p99 {_p(values, 0.99):6.2f} ms  "
            f"{rate:7.0f} req/s sequential"
        )
    print(f"heartbeat / healthz throughput: {sum(health) / sum(beats):.2f}x")


if __name__ == "__main__":
    main()
