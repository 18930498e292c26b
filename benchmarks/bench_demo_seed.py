"""The demo's seeding: its organisations, staff and knowledge base added by one
`lexkiosk-central seed` process (kiosk/demo/seed.toml, what `make demo` does now), against the
old way measured in the same run: one `central.cli` process per organisation, per account and
for the knowledge base (`org add` x5, `user add` x5, `org add` + `knowledge seed`), each
importing the service and opening the database. Each way starts from an empty SQLite file.
Run: `python -m benchmarks.bench_demo_seed`."""

from __future__ import annotations

import secrets
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from kiosk.central_process import CentralProcess
from kiosk.demo.staff import SEED_FILE, add_demo_staff


def _old_way(central: CentralProcess) -> None:
    """What kiosk/demo/staff.py and the demo's knowledge step did before, process by process."""
    declared = tomllib.loads(SEED_FILE.read_text(encoding="utf-8"))
    for org in declared["organisations"]:
        central.ensure_org(org["code"], org["name"], org["kind"], org["region"], org.get("parent"))
    for person in declared["staff"]:
        password = secrets.token_urlsafe(9)
        central.add_staff(
            person["username"], person["name"], person["organisation"], person["roles"][0],
            password,
        )  # fmt: skip
    central.seed_knowledge(declared["knowledge"][0])


def _timed(folder: Path, run: Callable[[CentralProcess], object]) -> float:
    central = CentralProcess(folder)  # never started: the CLI opens its SQLite file directly
    folder.mkdir(parents=True)
    start = time.perf_counter()
    run(central)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-demo-seed-") as tmp:
        root = Path(tmp)
        old = _timed(root / "old", _old_way)
        new = _timed(root / "new", add_demo_staff)
    print("demo seeding (5 organisations, 5 accounts, the knowledge base), from empty SQLite:")
    print(f"  one process per entry (before, 12 processes): {old:6.1f} s")
    print(f"  one `seed` process (now):                      {new:6.1f} s")
    print(f"  ratio before/now: {old / new:.1f}x")


if __name__ == "__main__":
    main()
