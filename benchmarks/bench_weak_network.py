"""Calls on weak networks (issue 18), inside a network namespace (root; Janus and coturn
installed): the kiosk through TURN with the impairing relay between it and coturn, the staff
member direct, counter pattern (under grain, so the encoder spends its target) and a beeping
tone both ways; the clean path first, as the baseline of the same run, then 500 kbit/s,
200 ms round trip and 2 % loss. Per direction: decoded frames per second, freezes (no new
frame for more than three frame intervals), the longest audio gap, and mouth-to-ear delay
(a beep leaving the sender's track to its onset reaching the receiver), each with its ratio to
the clean path.

`--cap N` is the grant's video cap for both participants (the test uses 300 kbit/s);
`--cap 0` runs without one, so the publisher's own adaptation is all there is.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from tests.helpers.netns import network_namespace, run_inside

PROFILES = ("clean", "rate", "delay", "loss")
SHOWN = (
    ("fps", "frames/s", "{:8.1f}"),
    ("freezes", "freezes", "{:8d}"),
    ("longest_freeze_s", "longest freeze s", "{:8.2f}"),
    ("audio_gap_s", "audio gap s", "{:8.3f}"),
    ("mouth_to_ear_s", "mouth-to-ear s", "{:8.3f}"),
)


def _cannot_run() -> str | None:
    if os.geteuid() != 0:
        return "needs root (it creates a network namespace)"
    for binary, package in (("janus", "janus"), ("turnserver", "coturn"), ("ip", "iproute2")):
        if shutil.which(binary) is None:
            return f"{binary} is missing (Debian package {package})"
    return None


def _ratio(value: Any, base: Any) -> str:
    if not isinstance(value, int | float) or not isinstance(base, int | float) or base == 0:
        return "     -"
    return f"{value / base:6.2f}"


def report(result: dict[str, Any]) -> None:
    for direction in ("kiosk_to_staff", "staff_to_kiosk"):
        print(f"\n{direction.replace('_', ' ')} (ratio to the clean path in brackets)")
        print(f"{'':18}" + "".join(f"{p:>17}" for p in PROFILES))
        for key, label, form in SHOWN:
            cells = []
            base = result["clean"][direction].get(key)
            for profile in PROFILES:
                value = result[profile][direction].get(key)
                shown = form.format(value) if value is not None else f"{'-':>8}"
                cells.append(f"{shown} ({_ratio(value, base)})")
            print(f"{label:18}" + "".join(f"{c:>17}" for c in cells))
    print("\nkiosk publisher's video target (kbit/s) per second:")
    for profile in PROFILES:
        steps = [s["target_bps"] // 1000 for s in result[profile]["kiosk_bitrate"]]
        up = result[profile]["relay_up"]
        print(
            f"  {profile:6} {steps}  relay up: {up['forwarded_bytes'] * 8 / 1000 / 8:.0f} kbit/s,"
            f" lost {up['lost']}, overflowed {up['overflowed']}"
        )
    stalls = max(result[p][d]["loop_stalled_s"] for p in PROFILES for d in ("kiosk_to_staff",))
    print(f"(the measuring process's own loop was stalled up to {stalls:.2f} s in a window)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--cap", type=int, default=300_000)
    args = parser.parse_args()
    reason = _cannot_run()
    if reason is not None:
        print(f"weak networks not measured: {reason}")
        return
    extra = [] if args.cap == 0 else ["--cap", str(args.cap)]
    with tempfile.TemporaryDirectory() as tmp, network_namespace() as ns:
        result = run_inside(
            ns,
            "tests.weak_network_scenario",
            "--data",
            str(Path(tmp) / "media"),
            "--janus-ip",
            ns.address_a,
            "--turn-ip",
            ns.address_b,
            "--profiles",
            ",".join(PROFILES),
            "--seconds",
            str(args.seconds),
            *extra,
        )
    cap = f"{args.cap // 1000} kbit/s" if args.cap else "none"
    print(f"320x240 @ 15 fps + Opus, {args.seconds:.0f} s per profile, grant video cap: {cap}")
    print(json.dumps({p: result[p]["joined_s"] for p in PROFILES}), "join -> frames both ways (s)")
    report(result)


if __name__ == "__main__":
    main()
