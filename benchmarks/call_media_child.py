"""The measuring side of bench_call_media.py, run inside its network namespace: a bare aiortc
call (two peer connections, no SFU) as the baseline, then the same two participants through
Janus with remote_sessions. Prints one JSON line."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from aiortc import MediaStreamTrack

from central.media.rooms import JanusRooms
from central.media.supervisor import MediaSupervisor
from remote_sessions.grant import IceServerSpec, JoinGrant
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.peer import new_peer
from remote_sessions.received import RemoteMedia
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.media import namespace_media

SIZE = (640, 480)
FPS = 15.0
TICKS = os.sysconf("SC_CLK_TCK")


def video(start: int) -> FrameSourceTrack:
    counter = itertools.count(start)
    return FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), FPS, SIZE)


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def until(condition: Any, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.005)  # polls a condition under a bounded deadline


async def window(media: list[RemoteMedia], seconds: float, janus_pid: int | None) -> dict:
    """CPU of this process (and Janus) over `seconds` of call, frames each side decoded, and
    whether what they showed carried the other's counter."""

    def seq(m: RemoteMedia) -> int:
        frame = m.latest()
        return frame.seq if frame is not None else 0

    seq0 = [seq(m) for m in media]
    cpu0, wall0 = time.process_time(), time.monotonic()
    janus0 = proc_cpu_s(janus_pid) if janus_pid else 0.0
    await asyncio.sleep(seconds)  # the measuring window itself
    wall = time.monotonic() - wall0
    cpu = time.process_time() - cpu0
    janus = (proc_cpu_s(janus_pid) - janus0) / wall if janus_pid else None
    readable = []
    for m in media:
        frame = m.latest()
        readable.append(frame is not None and read_counter(frame.pixels) is not None)
    return {
        "cpu_per_s": cpu / wall,
        "frames_per_s": [(seq(m) - s0) / wall for m, s0 in zip(media, seq0, strict=True)],
        "readable": readable,
        "janus_cpu_per_s": janus,
    }


async def bare(seconds: float) -> dict:
    """Baseline: two aiortc peers connected directly, video and tone both ways."""
    a, b = new_peer((), relay_only=False), new_peer((), relay_only=False)  # no ICE servers
    media = [RemoteMedia(), RemoteMedia()]
    tasks: list[asyncio.Task[None]] = []

    def sink(index: int) -> Any:
        def on_track(track: MediaStreamTrack) -> None:
            async def consume() -> None:
                while True:
                    frame = await track.recv()
                    if track.kind == "video":
                        media[index].put_frame(0, frame.to_ndarray(format="rgb24"))  # type: ignore[union-attr]

            tasks.append(asyncio.create_task(consume()))

        return on_track

    a.on("track", sink(0))
    b.on("track", sink(1))
    for pc, start, tone in ((a, 1000, 440.0), (b, 40000, 660.0)):
        pc.addTrack(video(start))
        pc.addTrack(ToneTrack(tone))
    started = time.monotonic()
    await a.setLocalDescription(await a.createOffer())
    await b.setRemoteDescription(a.localDescription)
    await b.setLocalDescription(await b.createAnswer())
    await a.setRemoteDescription(b.localDescription)
    await until(lambda: media[0].first_frame_at and media[1].first_frame_at, 60)
    first = max(m.first_frame_at or 0 for m in media) - started
    measured = await window(media, seconds, None)
    for task in tasks:
        task.cancel()
    await a.close()
    await b.close()
    return {"first_frame_s": first, **measured}


async def through_janus(args: argparse.Namespace, seconds: float) -> dict:
    settings = namespace_media(args.data, args.janus_ip, args.turn_ip, args.janus_ip)
    with MediaSupervisor(settings) as supervisor:
        rooms = JanusRooms(settings)
        room = await rooms.create_room(["kiosk", "staff"])

        def client(who: str, start: int, tone: float) -> VideoRoomClient:
            g = rooms.grant(room, who)
            grant = JoinGrant(
                g.janus_url,
                g.room_id,
                g.janus_token,
                g.join_token,
                tuple(IceServerSpec(s.urls, s.username, s.credential) for s in g.ice_servers),
                who,
            )
            return VideoRoomClient(grant, lambda: video(start), lambda: ToneTrack(tone))

        staff = client("staff", 40000, 660.0)
        kiosk = client("kiosk", 1000, 440.0)
        await staff.start()
        joined = time.monotonic()
        await kiosk.start()
        await until(lambda: kiosk.remote.first_frame_at, 60)
        first = (kiosk.remote.first_frame_at or 0) - joined
        await until(lambda: staff.remote.first_frame_at, 60)
        measured = await window([kiosk.remote, staff.remote], seconds, supervisor.pids()["janus"])
        cut = time.monotonic()
        await kiosk.reconnect()
        newer = time.monotonic()
        await until(lambda: (f := kiosk.remote.latest()) is not None and f.at > newer, 60)
        reconnect_s = time.monotonic() - cut
        await kiosk.close()
        await staff.close()
        await rooms.destroy_room(room)
    return {"first_frame_s": first, "reconnect_to_frame_s": reconnect_s, **measured}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    result = {
        "bare": asyncio.run(bare(args.seconds)),
        "janus": asyncio.run(through_janus(args, args.seconds)),
    }
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
