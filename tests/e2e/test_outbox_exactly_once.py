"""Exactly once: 1,000 items through a central service that stops and starts at random and a
kiosk process killed at random points, including between the service's commit and the
kiosk's record of the confirmation."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from api_client.outbox.files import database_path
from tests.helpers import ROOT, run_cli
from tests.helpers.server import CentralProcess

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TOTAL = 1000
CHILD = ROOT / "tests" / "e2e" / "outbox_child.py"


def _token(central: CentralProcess) -> str:
    import httpx

    body = {"code": central.enrol_code(), "terminal_id": "OUTBOX1", "site": "test"}
    response = httpx.post(f"{central.url}/api/v1/enrol", json=body, timeout=10)
    response.raise_for_status()
    return str(response.json()["device_token"])


def _flapper(
    central: CentralProcess, stop: threading.Event, rng: random.Random, stops: list[float]
) -> None:
    """Stop and start the central service at random while the kiosk works."""
    while not stop.wait(rng.uniform(0.5, 2.0)):
        central.stop()
        stops.append(time.monotonic())
        if stop.wait(rng.uniform(0.2, 1.0)):
            break
        central.start()
    if not central.running:
        central.start()


def _run_child(
    data: Path, url: str, token: str, count: int, die_after: int, kill_at: float | None
) -> tuple[list[str], int]:
    args = [sys.executable, str(CHILD), str(data), url, token, str(count)]
    if die_after:
        args += ["--die-after-send", str(die_after)]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    if kill_at is not None:
        threading.Timer(kill_at, child.kill).start()  # no-op once it has exited
    out, _ = child.communicate(timeout=800)  # a bound: 150 s here alone, 300+ s at load 10
    return out.split(), child.returncode


def _central_numbers(central: CentralProcess) -> list[str]:
    db = sqlite3.connect(central.data_dir / "central.sqlite3")
    try:
        return [row[0] for row in db.execute("SELECT tracking_number FROM submissions")]
    finally:
        db.close()


@pytest.mark.timeout(900)
def test_a_thousand_items_arrive_exactly_once(tmp_path: Path) -> None:
    rng = random.Random(7)
    central = CentralProcess(tmp_path / "central")
    central.start()
    token = _token(central)
    data = tmp_path / "kiosk"
    told: list[str] = []
    deaths: list[tuple[int, int]] = []  # (die_after, returncode) of runs that were killed
    stops: list[float] = []
    stop = threading.Event()
    flapper = threading.Thread(
        target=_flapper, args=(central, stop, random.Random(11), stops), daemon=True
    )
    flapper.start()
    try:
        run = 0
        while len(told) < TOTAL:
            run += 1
            batch = min(TOTAL - len(told), rng.randint(30, 90))
            # Every third run dies right after a confirmation arrives, before recording it;
            # every third is killed at a random moment; the rest end normally.
            die_after = rng.randint(1, 10) if run % 3 == 0 else 0
            kill_at = rng.uniform(0.05, 0.8) if run % 3 == 1 else None
            numbers, code = _run_child(data, central.url, token, batch, die_after, kill_at)
            told += numbers
            if code != 0:
                deaths.append((die_after, code))
    finally:
        stop.set()
        flapper.join()
    # Both back: one more kiosk run with nothing new drains the outbox.
    assert _run_child(data, central.url, token, 0, 0, None)[1] == 0
    try:
        received = _central_numbers(central)
        issued = (
            sqlite3.connect(database_path(data)).execute("SELECT last FROM sequence").fetchone()[0]
        )
        pending = (
            sqlite3.connect(database_path(data)).execute("SELECT COUNT(*) FROM items").fetchone()[0]
        )
    finally:
        central.stop()
    assert len(received) == len(set(received)), "a submission arrived twice"
    assert set(told) <= set(received), "an item the resident was told about never arrived"
    assert len(received) == issued, "an item stored in the outbox was lost"
    assert pending == 0
    assert len(told) >= TOTAL
    # The run really was hostile: the service went away, and kiosks died both at random and
    # between the service's commit and their own record of it.
    assert len(stops) >= 3, stops
    assert sum(1 for die_after, code in deaths if die_after and code == -9) >= 3, deaths
    status = run_cli(
        "lexkiosk",
        "outbox",
        "status",
        "--json",
        env={
            "LEXKIOSK_DATA_DIR": str(data),
            "LEXKIOSK_TERMINAL_ID": "OUTBOX1",
            "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
            "PATH": "/usr/bin:/bin",
        },
    )
    assert json.loads(status.stdout)["pending"] == 0
