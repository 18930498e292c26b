"""One two-party call of bench_sessions.py's capacity steps, in its own process (so the
participants of several calls spread over the cores): two aiortc participants in one Janus
room, 640x480 at 15 fps and a tone both ways. Prints `{"ready": ...}` once both see each
other; then each `measure SECONDS` line on stdin is answered with one JSON line of the frames
each side decoded in that window; `stop` (or end of input) hangs up."""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from remote_sessions.grant import JoinGrant
from remote_sessions.pattern import counter_frame
from remote_sessions.received import RemoteMedia
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient

SIZE = (640, 480)
FPS = 15.0
GAP_S = 2 / FPS  # a frame gap: longer than two frame intervals


class GapMeter(RemoteMedia):
    """RemoteMedia that also notes when each frame arrived during a window."""

    def __init__(self) -> None:
        super().__init__()
        self._times: list[float] = []
        self._since: float | None = None

    def put_frame(self, feed: int, pixels: NDArray[np.uint8]) -> None:
        super().put_frame(feed, pixels)
        if self._since is not None:
            self._times.append(time.monotonic())

    def begin(self) -> None:
        self._times = []
        self._since = time.monotonic()

    def end(self) -> dict[str, float]:
        assert self._since is not None
        until = time.monotonic()
        edges = [self._since, *self._times, until]
        self._since = None
        gaps = [b - a for a, b in itertools.pairwise(edges)]
        return {
            "fps": len(self._times) / (until - edges[0]),
            "max_gap_s": max(gaps),
            "gaps": sum(1 for gap in gaps if gap > GAP_S),
        }


def _participant(grant: JoinGrant, start: int, tone_hz: float) -> VideoRoomClient:
    counter = itertools.count(start)
    client = VideoRoomClient(
        grant,
        video=lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), FPS, SIZE),
        audio=lambda: ToneTrack(tone_hz),
        connect_timeout_s=90,
    )
    client.remote = GapMeter()
    return client


async def _both_see(clients: list[VideoRoomClient], timeout_s: float) -> None:
    async with asyncio.timeout(timeout_s):
        while any(c.remote.latest() is None for c in clients):
            await asyncio.sleep(0.05)  # polls a condition under a bounded deadline


async def run(grants: list[dict[str, Any]]) -> None:
    clients = [
        _participant(JoinGrant.from_dict(grants[0]), 1000, 440.0),
        _participant(JoinGrant.from_dict(grants[1]), 40000, 660.0),
    ]
    loop = asyncio.get_running_loop()
    try:
        for client in clients:
            await client.start()
        await _both_see(clients, 90)
        _say({"ready": True})
        while True:
            line = (await loop.run_in_executor(None, sys.stdin.readline)).split()
            if not line or line[0] == "stop":
                return
            meters = [c.remote for c in clients if isinstance(c.remote, GapMeter)]
            for meter in meters:
                meter.begin()
            await asyncio.sleep(float(line[1]))  # the measuring window itself
            _say({"sides": [meter.end() for meter in meters]})
    finally:
        for client in clients:
            await client.close()


def _say(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> None:
    grants = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    asyncio.run(run(grants))


if __name__ == "__main__":
    main()
