"""Call media figures, inside a network namespace (root; Janus and coturn installed): a bare
aiortc call between two peer connections (the baseline, measured in the same run) against the
same two participants through Janus with remote_sessions, 640x480 at 15 fps with a tone both
ways: join -> first remote frame, CPU per second of call for the aiortc side (two participants
in one process, halved), Janus's CPU, frames received per second and counter gaps, and a
reconnect (new peer connection) -> first new frame.

Goals from issue 16: claim -> first remote frame <= 1.0 s (a bare subscription took
0.12-0.18 s on the test machine), kiosk CPU <= 0.3 of a core.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.helpers.netns import network_namespace

ROOT = Path(__file__).resolve().parents[1]


def _cannot_run() -> str | None:
    if os.geteuid() != 0:
        return "needs root (it creates a network namespace)"
    for binary, package in (("janus", "janus"), ("turnserver", "coturn"), ("ip", "iproute2")):
        if shutil.which(binary) is None:
            return f"{binary} is missing (Debian package {package})"
    return None


def main() -> None:
    reason = _cannot_run()
    if reason is not None:
        print(f"call media not measured: {reason}")
        return
    with tempfile.TemporaryDirectory() as tmp, network_namespace() as ns:
        done = subprocess.run(
            ns.command(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.call_media_child",
                    "--data",
                    str(Path(tmp) / "media"),
                    "--janus-ip",
                    ns.address_a,
                    "--turn-ip",
                    ns.address_b,
                ]
            ),
            capture_output=True,
            text=True,
            timeout=600,
            cwd=ROOT,
        )
    if done.returncode != 0:
        print(done.stderr[-3000:])
        raise SystemExit(1)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    bare, janus = r["bare"], r["janus"]
    print("640x480 @ 15 fps + Opus tone, both ways, two participants in one process")
    print(f"{'':34} {'bare aiortc':>12} {'via Janus':>12}")
    first = "join -> first remote frame (s)"
    print(f"{first:34} {bare['first_frame_s']:12.3f} {janus['first_frame_s']:12.3f}   goal <= 1.0")
    print(
        f"{'aiortc CPU per participant (core)':34} {bare['cpu_per_s'] / 2:12.3f} "
        f"{janus['cpu_per_s'] / 2:12.3f}   goal <= 0.3"
    )
    print(f"{'Janus CPU (core, 2 streams in/out)':34} {'-':>12} {janus['janus_cpu_per_s']:12.3f}")
    for i, side in enumerate(("kiosk", "staff")):
        print(
            f"{'frames/s decoded by ' + side:34} {bare['frames_per_s'][i]:12.1f} "
            f"{janus['frames_per_s'][i]:12.1f}   (sent 15.0; counter readable: "
            f"{bare['readable'][i]} / {janus['readable'][i]})"
        )
    again = "reconnect -> first new frame (s)"
    print(f"{again:34} {'-':>12} {janus['reconnect_to_frame_s']:12.3f}")


if __name__ == "__main__":
    main()
