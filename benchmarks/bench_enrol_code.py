"""`CentralProcess.enrol_code()`, what every test that enrols a terminal through the command
line calls: one `kiosk enroll-code` process that adds a missing organisation itself (now),
against the old way measured in the same run, an `org add` process before it (two processes,
each importing the service and opening the database). Both ways on one SQLite file whose
organisation exists after the first code, as in the tests. Run:
`python -m benchmarks.bench_enrol_code [rounds]`."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.central_process import CentralProcess


def _old_way(central: CentralProcess) -> str:
    central.ensure_org("demo-bureau")  # what enrol_code() did first, by default
    return central.enrol_code(add_org=False)


def _timed(run: Callable[[CentralProcess], str], central: CentralProcess) -> float:
    start = time.perf_counter()
    assert run(central), "a code is printed"
    return time.perf_counter() - start


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory(prefix="bench-enrol-code-") as tmp:
        central = CentralProcess(Path(tmp))  # never started: the CLI opens its SQLite directly
        first_new = _timed(CentralProcess.enrol_code, central)  # adds demo-bureau
        old, new = [], []
        for _ in range(rounds):  # alternated, so the shared machine's load moves both alike
            old.append(_timed(_old_way, central))
            new.append(_timed(CentralProcess.enrol_code, central))
    print(f"enrol_code() on SQLite, organisation present, median of {rounds} (alternated):")
    print(f"  `org add` + `enroll-code` (before, 2 processes): {statistics.median(old):5.2f} s")
    print(f"  `enroll-code` alone (now, 1 process):            {statistics.median(new):5.2f} s")
    print(f"  ratio before/now: {statistics.median(old) / statistics.median(new):.2f}x")
    print(f"  first code, organisation added by the same process: {first_new:5.2f} s")


if __name__ == "__main__":
    main()
