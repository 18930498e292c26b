"""Video session figures from one run of the whole session scenario (tests/session_scenario.py)
inside a network namespace (root; Janus and coturn installed): a real central service, Janus
and coturn, the kiosk's SessionFlow and a scripted notary, 640x480 at 15 fps with a tone both
ways. Side by side:

- claim -> first remote frame at the kiosk (goal <= 1.0 s), against a bare aiortc subscription
  to the same Janus feed measured in the same run (0.12-0.18 s on the test machine before);
- kiosk CPU per second of call (goal <= 0.3 of a core): the process runs the kiosk and the
  scripted notary, each sending one stream and receiving one, so its CPU is halved;
- the drop: the kiosk's sockets to Janus blackholed for 5 s; drop -> noticed, drop -> frames
  again (both ways), path back -> frames again.
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


def _cannot_run() -> str | None:
    if os.geteuid() != 0:
        return "needs root (it creates a network namespace)"
    for binary, package in (("janus", "janus"), ("turnserver", "coturn"), ("ip", "iproute2")):
        if shutil.which(binary) is None:
            return f"{binary} is missing (Debian package {package})"
    return None


def _scenario() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, network_namespace() as ns:
        done = subprocess.run(
            ns.command(
                [
                    sys.executable,
                    "-m",
                    "tests.session_scenario",
                    "--data",
                    str(Path(tmp) / "session"),
                    "--janus-ip",
                    ns.address_a,
                    "--turn-ip",
                    ns.address_b,
                    "--relay-ip",
                    ns.address_a,
                    "--size",
                    SIZE,
                    "--measure-s",
                    str(MEASURE_S),
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
        return
    _row("drop -> frames again, both ways (s)", again, "cut 5.0 s", f"{again - 5.0:.3f} s after")
    _row("path back -> frames again (s)", back, "-", "rejoin with new peer connections")


if __name__ == "__main__":
    main()
