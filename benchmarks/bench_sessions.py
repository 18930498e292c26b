"""Video session figures from one run of the whole session scenario (tests/session_scenario.py)
inside a network namespace (root; Janus and coturn installed): a real central service, Janus
and coturn, the kiosk's SessionFlow and a scripted notary, 640x480 at 15 fps with a tone both
ways. Side by side:

- claim -> first remote frame at the kiosk (goal <= 1.0 s), against a bare aiortc subscription
  to the same Janus feed measured in the same run (0.12-0.18 s on the test machine before);
- kiosk CPU per second of call (goal <= 0.3 of a core): the process runs the kiosk and the
  scripted notary, each sending one stream and receiving one, so its CPU is halved;
- the drop: the kiosk's sockets to Janus blackholed for 5 s; drop -> noticed, drop -> frames
  again (both ways), path back -> frames again;
- Janus CPU per forwarded stream (a call forwards four: each side's video and audio to the
  other), from /proc/<janus pid>/stat over the window with N calls up, less Janus idle
  (measured first in the same run), divided by the streams;
- how many simultaneous two-party calls (aiortc pairs, a process each, 640x480 15 fps both
  ways) the machine holds: one more call per step; a step holds when no side's frames show a
  gap longer than two frame intervals and none decodes fewer than 14 a second; the steps stop
  after two failing in a row (one stray gap on a shared machine says little) or at the limit
  (benchmarks/calls_capacity_child.py). The figure: the calls up before the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.helpers.netns import network_namespace

ROOT = Path(__file__).resolve().parents[1]
SIZE = "640x480"
MEASURE_S = 10.0
CLAIM_GOAL_S = 1.0
CPU_GOAL = 0.3
MAX_CALLS = 6
CAPACITY_WINDOW_S = 8.0


def _cannot_run() -> str | None:
    if os.geteuid() != 0:
        return "needs root (it creates a network namespace)"
    for binary, package in (("janus", "janus"), ("turnserver", "coturn"), ("ip", "iproute2")):
        if shutil.which(binary) is None:
            return f"{binary} is missing (Debian package {package})"
    return None


def _inside(module: str, *args: str) -> dict[str, Any]:
    """Run `python -m module` in a fresh network namespace with the media addresses; its last
    stdout line is the JSON result."""
    with tempfile.TemporaryDirectory() as tmp, network_namespace() as ns:
        done = subprocess.run(
            ns.command(
                [
                    sys.executable,
                    "-m",
                    module,
                    "--data",
                    str(Path(tmp) / "run"),
                    "--janus-ip",
                    ns.address_a,
                    "--turn-ip",
                    ns.address_b,
                    "--relay-ip",
                    ns.address_a,
                    *args,
                ]
            ),
            capture_output=True,
            text=True,
            timeout=900,
            cwd=ROOT,
        )
    if done.returncode != 0 or not done.stdout.strip():
        print(done.stderr[-3000:])
        raise SystemExit(1)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _scenario() -> dict[str, Any]:
    return _inside("tests.session_scenario", "--size", SIZE, "--measure-s", str(MEASURE_S))


def _capacity() -> dict[str, Any]:
    args = ("--max-calls", str(MAX_CALLS), "--measure-s", str(CAPACITY_WINDOW_S))
    return _inside("benchmarks.calls_capacity_child", *args)


def _print_capacity(c: dict[str, Any]) -> None:
    idle = c["janus_idle_cpu_per_s"]
    print()
    print(f"simultaneous two-party calls, {SIZE} @ 15 fps both ways (a process per call)")
    print(f"Janus idle (baseline, same run): {idle:.4f} core")
    print(
        f"{'calls':>5} {'janus core':>10} {'per stream':>10} {'min fps':>8} "
        f"{'max gap s':>9} {'gaps':>5} {'load':>5}  verdict"
    )
    for step in c["steps"]:
        verdict = "held" if step["held"] else "not held (gap or < 14 fps)"
        print(
            f"{step['calls']:>5} {step['janus_cpu_per_s']:>10.4f} "
            f"{step['janus_cpu_per_stream']:>10.4f} {step['min_fps']:>8.2f} "
            f"{step['max_gap_s']:>9.3f} {step['gaps']:>5} {step['load_1min']:>5.1f}  {verdict}"
        )
    failed = [s["calls"] for s in c["steps"] if not s["held"]]
    top = min(failed) - 1 if failed else len(c["steps"])
    limit = "" if failed else " (the step limit; it may hold more)"
    print(f"held with no frame gaps: {top} call(s){limit}")


def _row(label: str, value: float, baseline: str, note: str) -> None:
    print(f"{label:40} {value:9.3f}  {baseline:>22}  {note}")


def main() -> None:
    reason = _cannot_run()
    if reason is not None:
        print(f"sessions not measured: {reason}")
        return
    r = _scenario()
    bare = r["bare_subscription_s"]
    claim = r["claim_to_first_frame_s"]
    cpu = r["cpu"]
    kiosk_cpu = cpu["process_cpu_per_s"] / 2
    drop = r["drop"]
    print(f"video session, {SIZE} @ 15 fps + Opus tone both ways, through Janus (one run)")
    print(f"{'':40} {'measured':>9}  {'baseline / goal':>22}")
    _row(
        "claim -> first remote frame at kiosk (s)",
        claim,
        f"bare {bare:.3f}, goal <= {CLAIM_GOAL_S}",
        f"x{claim / bare:.1f} the bare one; {claim / CLAIM_GOAL_S:.0%} of the goal",
    )
    _row(
        "kiosk CPU per s of call (core)",
        kiosk_cpu,
        f"goal <= {CPU_GOAL}",
        f"{kiosk_cpu / CPU_GOAL:.0%} of the goal (process {cpu['process_cpu_per_s']:.3f}, halved)",
    )
    for who, fps in zip(("kiosk", "notary"), cpu["frames_per_s"], strict=True):
        _row(f"frames/s decoded by the {who}", fps, "sent 15.0", f"{fps / 15:.0%}")
    _row("drop -> kiosk noticed (s)", drop["noticed_s"], "cut 5.0 s", drop["kiosk_error"])
    again = drop.get("drop_to_frames_s")
    back = drop.get("restore_to_frames_s")
    if again is None or back is None:
        print("frames did not flow again both ways (see the e2e test)")
    else:
        _row(
            "drop -> frames again, both ways (s)", again, "cut 5.0 s", f"{again - 5.0:.3f} s after"
        )
        _row("path back -> frames again (s)", back, "-", "rejoin with new peer connections")
    _print_capacity(_capacity())


if __name__ == "__main__":
    main()
