"""Heartbeat throughput and p99 latency with 2,000 simulated terminals, next to a bare FastAPI
endpoint with the same body measured in the same run on the same server settings.

Both servers: one uvicorn worker, same host, same log level, same garbage-collector
settings (central.gc_tuning). Load: wrk (Debian package `wrk`),
64 connections, each request carrying one of 2,000 device tokens in turn. Also reports
heartbeats per CPU-second of the central process (goal: >= 1,000, so 520,000 TV terminals
reporting every 5 minutes need two cores).

    .venv/bin/python benchmarks/bench_heartbeat_fleet.py [--seconds 10] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from api_client.schemas import EnrolRequest, OrganisationCreate
from central.auth.staff import add_organisation
from central.db import Database
from central.fleet.enrolment import enrol, issue_enrol_code
from central.migrate import upgrade
from kiosk.central_process import CentralProcess, free_port, wait_until_answering

TERMINALS = 2000
CONNECTIONS = 64
BODY = {
    "sent_at": datetime.now(UTC).isoformat(),
    "app_version": "bench",
    "devices": [
        {"family": "printer", "status": "online", "detail": ""},
        {"family": "idReader", "status": "online", "detail": ""},
        {"family": "camera", "status": "online", "detail": ""},
    ],
}
BARE_APP = """
import sys, uvicorn
from datetime import UTC, datetime
from fastapi import FastAPI
from api_client.schemas import Heartbeat, HeartbeatAck
from central.gc_tuning import tune_for_serving
app = FastAPI()
@app.post("/api/v1/heartbeat")
def heartbeat(body: Heartbeat) -> HeartbeatAck:
    return HeartbeatAck(server_time=datetime.now(UTC), next_heartbeat_s=10.0)
tune_for_serving()  # the same process settings as `lexkiosk-central serve`
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""
WRK_SCRIPT = """
local tokens = {}
for line in io.lines("%s") do tokens[#tokens + 1] = line end
local body = [[%s]]
local i = 0
request = function()
  i = i %% #tokens + 1
  return wrk.format("POST", "/api/v1/heartbeat",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[i]}, body)
end
"""


def _enrol_fleet(db_url: str, token_file: Path) -> None:
    upgrade(db_url)
    database = Database(db_url)
    tokens = []
    with database.session() as session:
        org = add_organisation(
            session,
            OrganisationCreate(
                code="bench", name="Bench", kind="justice_bureau", region_code="150000"
            ),
            "bench",
        )
        for n in range(TERMINALS):
            code = issue_enrol_code(session, None, timedelta(hours=1), org.id, "bench")
            _, token = enrol(session, EnrolRequest(code=code, terminal_id=f"T{n:05d}", site="hall"))
            tokens.append(token)
    database.dispose()
    token_file.write_text("\n".join(tokens) + "\n")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wrk(port: int, script: Path, seconds: int, pid: int) -> dict[str, float]:
    cpu_before = _cpu_seconds(pid)
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(script),
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cpu = _cpu_seconds(pid) - cpu_before
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    assert p99, out
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = rps * seconds
    return {
        "rps": rps,
        "p99_ms": float(p99.group(1)) * scale,
        "cpu_s": cpu,
        "per_cpu_s": total / cpu if cpu else 0.0,
        "errors": float(non2xx.group(1)) if non2xx else 0.0,
    }


def _measured(port: int, script: Path, seconds: int, pid: int) -> dict[str, float]:
    _wrk(port, script, 2, pid)  # warm-up
    return _wrk(port, script, seconds, pid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk (scripts/system-packages-test.txt)")
        return 1
    work = Path(tempfile.mkdtemp(prefix="lexkiosk-bench-"))
    db_url = args.db or f"sqlite:///{work / 'central.sqlite3'}"
    tokens = work / "tokens.txt"
    started = time.perf_counter()
    _enrol_fleet(db_url, tokens)
    print(f"enrolled {TERMINALS} terminals in {time.perf_counter() - started:.1f} s")
    script = work / "beat.lua"
    script.write_text(WRK_SCRIPT % (tokens, json.dumps(BODY)))

    results = {}
    bare_port = free_port()
    bare_log = work / "bare.log"
    with bare_log.open("wb") as log:
        argv = [sys.executable, "-c", BARE_APP, str(bare_port)]
        bare = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_answering(f"http://127.0.0.1:{bare_port}/docs", bare, 90.0, bare_log)
        results["bare FastAPI"] = _measured(bare_port, script, args.seconds, bare.pid)
    finally:
        bare.terminate()
        bare.wait(timeout=10)
    with CentralProcess(work, db_url=db_url) as service:
        results["central heartbeat"] = _measured(service.port, script, args.seconds, service.pid)

    print(f"{'':20} {'req/s':>8} {'p99 ms':>8} {'req per CPU-s':>14} {'non-2xx':>8}")
    for name, r in results.items():
        figures = f"{r['rps']:8.0f} {r['p99_ms']:8.1f} {r['per_cpu_s']:14.0f} {r['errors']:8.0f}"
        print(f"{name:20} {figures}")
    ratio = results["central heartbeat"]["rps"] / results["bare FastAPI"]["rps"]
    central = results["central heartbeat"]
    print(
        f"central / bare: {ratio:.2f}x (goal >= 0.5x); p99 {central['p99_ms']:.1f} ms "
        f"(goal <= 50 ms); {central['per_cpu_s']:.0f} heartbeats per CPU-second (goal >= 1,000)"
    )
    print(
        f"database: {db_url.split('://')[0]}; {os.cpu_count()} cores shared with the load generator"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
