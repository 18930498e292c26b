"""The capacity side of bench_sessions.py, run inside its network namespace: Janus and coturn
under the media supervisor; Janus's CPU idle as the baseline; then one more two-party call at
a time (benchmarks/call_pair_child.py, a process per call), each step measuring Janus's CPU
and every side's decoded frames over the same window. A step holds when no side shows a gap
longer than two frame intervals and every side decodes at least 14 frames a second. On a
machine others share, one stray gap says little about capacity, so the steps go on until two
in a row fail or the step limit. Prints one JSON line; progress goes to stderr."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

from central.media.rooms import JanusRooms, ParticipantGrant
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from tests.helpers.media import namespace_media

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
FPS = 15.0
MAX_GAP_S = 2 / FPS
MIN_FPS = 14.0
SETTLE_S = 3.0
STREAMS_PER_CALL = 4  # two publishers, each a video and an audio stream forwarded to one subscriber


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _grant_dict(grant: ParticipantGrant) -> dict[str, Any]:
    return {
        "janus_url": grant.janus_url,
        "room_id": grant.room_id,
        "janus_token": grant.janus_token,
        "join_token": grant.join_token,
        "ice_servers": [s.as_dict() for s in grant.ice_servers],
        "participant_id": grant.participant_id,
    }


def _line(stream: IO[str] | None) -> dict[str, Any]:
    assert stream is not None
    raw = stream.readline()
    if not raw:
        raise RuntimeError("a call process ended early (see its stderr)")
    answer: dict[str, Any] = json.loads(raw)
    return answer


def _start_call(settings: MediaSettings, folder: Path, n: int) -> subprocess.Popen[str]:
    rooms = JanusRooms(settings)
    room = asyncio.run(rooms.create_room(["a", "b"], description=f"bench call {n}"))
    grants = folder / f"call-{n}.json"
    grants.write_text(json.dumps([_grant_dict(rooms.grant(room, p)) for p in ("a", "b")]))
    grants.chmod(0o600)
    call = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.call_pair_child", str(grants)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    _line(call.stdout)  # ready: both sides see each other
    return call


def _window(janus_pid: int, calls: list[subprocess.Popen[str]], seconds: float) -> dict[str, Any]:
    cpu0, wall0 = proc_cpu_s(janus_pid), time.monotonic()
    for call in calls:
        assert call.stdin is not None
        call.stdin.write(f"measure {seconds}\n")
        call.stdin.flush()
    sides = [side for call in calls for side in _line(call.stdout)["sides"]]
    wall = time.monotonic() - wall0
    return {
        "janus_cpu_per_s": (proc_cpu_s(janus_pid) - cpu0) / wall,
        "min_fps": min(s["fps"] for s in sides),
        "max_gap_s": max(s["max_gap_s"] for s in sides),
        "gaps": sum(int(s["gaps"]) for s in sides),
        "load_1min": os.getloadavg()[0],
    }


def _idle(janus_pid: int, seconds: float) -> float:
    cpu0, wall0 = proc_cpu_s(janus_pid), time.monotonic()
    time.sleep(seconds)  # the measuring window itself
    return (proc_cpu_s(janus_pid) - cpu0) / (time.monotonic() - wall0)


def run(settings: MediaSettings, folder: Path, max_calls: int, measure_s: float) -> dict[str, Any]:
    out: dict[str, Any] = {"steps": []}
    calls: list[subprocess.Popen[str]] = []
    with MediaSupervisor(settings) as supervisor:
        janus_pid = supervisor.pids()["janus"]
        out["janus_idle_cpu_per_s"] = idle = _idle(janus_pid, measure_s)
        try:
            for n in range(1, max_calls + 1):
                calls.append(_start_call(settings, folder, n))
                time.sleep(SETTLE_S)  # let the new call's bitrate settle before measuring
                step = {"calls": n, **_window(janus_pid, calls, measure_s)}
                streams = STREAMS_PER_CALL * n
                step["janus_cpu_per_stream"] = (step["janus_cpu_per_s"] - idle) / streams
                step["held"] = step["max_gap_s"] <= MAX_GAP_S and step["min_fps"] >= MIN_FPS
                out["steps"].append(step)
                sys.stderr.write(json.dumps(step) + "\n")
                if n >= 2 and not step["held"] and not out["steps"][-2]["held"]:
                    break
        finally:
            for call in calls:
                if call.stdin is not None:
                    call.stdin.write("stop\n")
                    call.stdin.close()
            for call in calls:
                try:
                    call.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    call.kill()
                    call.wait(timeout=10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--max-calls", type=int, default=8)
    parser.add_argument("--measure-s", type=float, default=8.0)
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    settings = namespace_media(args.data / "media", args.janus_ip, args.turn_ip, args.relay_ip)
    result = run(settings, args.data, args.max_calls, args.measure_s)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
