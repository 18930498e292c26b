"""Calls on weak networks, run inside a test's network namespace (`ip netns exec NAME python -m
tests.weak_network_scenario ...`): Janus and coturn under the central service's supervisor, an
impairing UDP relay (tests/helpers/impair_relay.py) between the kiosk and coturn, the kiosk
forced through TURN (so both its published and its received media cross the relay), the staff
member direct. For each profile a fresh room and two aiortc participants (counter pattern and
a tone) run for `--seconds` once both see frames; one JSON line of figures per direction.

The kiosk's tone is gated (300 ms on each second): its onsets give the mouth-to-ear delay.
An audio gap is the longest silence a player holding 100 ms of audio would make from what
reaches the receiver (lost packets and stalls alike), without the time this process itself was
starved of CPU by the shared machine (measured, and reported alongside).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import re
import socket
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np
from av import AudioFrame
from numpy.typing import NDArray

from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from remote_sessions.grant import IceServerSpec, JoinGrant
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.received import RemoteMedia
from remote_sessions.tracks import AUDIO_RATE, FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.impair_relay import CLEAN, Impairment, ImpairRelay
from tests.helpers.media import free_port, namespace_media
from tests.media_scenario import COUNTER_START, SIZE, TONES, join_grant

FPS = 15
FREEZE_S = 3 / FPS  # a freeze: no new frame for more than three frame intervals
BEEP_EVERY = 50  # 20 ms audio frames: one onset a second
BEEP_LONG = 15  # 300 ms on
PROFILES: dict[str, tuple[Impairment, Impairment]] = {
    "clean": (CLEAN, CLEAN),
    # a 500 kbit/s bottleneck each way, ~500 ms of queue (a home router's is often more)
    "rate": (Impairment(rate_bps=500_000, queue_bytes=32_000),) * 2,
    "delay": (Impairment(delay_s=0.1),) * 2,  # 200 ms round trip
    "loss": (Impairment(loss=0.02),) * 2,
}


class Recorder(RemoteMedia):
    """RemoteMedia that also keeps when each frame (and its counter) and each piece of audio
    (and its level) arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.frame_log: list[tuple[float, int | None]] = []
        self.audio_log: list[tuple[float, int, float]] = []

    def put_frame(self, feed: int, pixels: NDArray[np.uint8]) -> None:
        self.frame_log.append((time.monotonic(), read_counter(pixels)))
        super().put_frame(feed, pixels)

    def put_audio(self, samples: NDArray[np.int16], rate: int) -> None:
        rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0
        self.audio_log.append((time.monotonic(), len(samples), rms))
        super().put_audio(samples, rate)


class BeepTrack(ToneTrack):
    """The tone, on for 300 ms of every second; `onsets` are when each beep left the track."""

    def __init__(self, frequency_hz: float) -> None:
        super().__init__(frequency_hz)
        self.onsets: list[float] = []
        self._n = 0

    async def recv(self) -> AudioFrame:
        frame = await super().recv()
        n, self._n = self._n, self._n + 1
        if n % BEEP_EVERY == 0:
            self.onsets.append(time.monotonic())
        if n % BEEP_EVERY < BEEP_LONG:
            return frame
        silent = AudioFrame.from_ndarray(
            np.zeros((1, frame.samples), dtype=np.int16), format="s16", layout="mono"
        )
        silent.sample_rate, silent.pts, silent.time_base = AUDIO_RATE, frame.pts, frame.time_base
        return silent


def via(grant: JoinGrant, relay: tuple[str, int]) -> JoinGrant:
    """`grant` with its TURN server's address replaced by the relay's."""
    host, port = relay
    servers = tuple(
        IceServerSpec(
            re.sub(r"^(turns?):[^:?]+:\d+", rf"\1:{host}:{port}", s.urls), s.username, s.credential
        )
        for s in grant.ice_servers
    )
    return replace(grant, ice_servers=servers)


_GRAIN = np.random.default_rng(18).integers(-12, 13, (16, SIZE[1], SIZE[0], 1), dtype=np.int16)


def grainy_counter(value: int) -> NDArray[np.uint8]:
    """The counter pattern under sensor-like grain: flat blocks would cost the encoder next
    to nothing and never fill a 500 kbit/s path; grain makes it spend its whole target, as a
    real camera's picture does. The counter reads through it (it averages each block)."""
    frame = counter_frame(value, *SIZE).astype(np.int16) + _GRAIN[value % len(_GRAIN)]
    return np.clip(frame, 0, 255).astype(np.uint8)


def client(grant: JoinGrant, who: str, relay_only: bool, audio: ToneTrack) -> VideoRoomClient:
    counter = itertools.count(COUNTER_START[who])
    made = VideoRoomClient(
        grant,
        video=lambda: FrameSourceTrack(lambda: grainy_counter(next(counter)), FPS, SIZE),
        audio=lambda: audio,
        relay_only=relay_only,
        connect_timeout_s=60,
    )
    made.remote = Recorder()
    return made


class LoopWatch:
    """When this process's event loop itself was held up (a tick due in 10 ms came 50 ms or
    more late): the shared 2-core test machine at a load of 10 starves the participants now
    and then, and a gap the network did not make is the machine's, not the path's."""

    def __init__(self) -> None:
        self.stalls: list[tuple[float, float]] = []

    async def run(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.01)  # a tick whose lateness is measured
            after = time.monotonic()
            if after - before > 0.06:
                self.stalls.append((before, after))

    def overlap(self, start: float, end: float) -> float:
        return sum(max(0.0, min(end, b) - max(start, a)) for a, b in self.stalls)


PLAYOUT_S = 0.1  # what the listener's player holds before it starts (the kiosk's speaker buffer)


def played_gap(audio: list[tuple[float, int, float]], t1: float, watch: LoopWatch) -> float:
    """The longest silence a player with `PLAYOUT_S` of buffer would make from these arrivals:
    jitter within the buffer is not heard, a longer hole is (the buffer then refills from the
    next arrival). The process's own loop stalls are not counted."""
    if not audio:
        return t1
    level, longest = PLAYOUT_S, 0.0
    for (t, _, _), (t_next, n, _) in itertools.pairwise([*audio, (t1, 0, 0.0)]):
        level -= t_next - t
        if level < 0:
            longest = max(longest, -level - watch.overlap(t_next + level, t_next))
            level = 0.0
        level += n / AUDIO_RATE
    return max(longest, 0.0)


def figures(
    rec: Recorder, onsets: list[float], t0: float, t1: float, watch: LoopWatch
) -> dict[str, Any]:
    """What one receiver got between `t0` and `t1`. `audio_gap_s` is what a listener hears
    (see `played_gap`); `audio_gap_raw_s` the longest time between two arrivals, stalls of the
    process's own loop included."""
    frames = [(t, c) for t, c in rec.frame_log if t0 <= t <= t1]
    times = [t0, *(t for t, _ in frames), t1]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    counters = [c for _, c in frames if c is not None]
    audio = [(t, n, rms) for t, n, rms in rec.audio_log if t0 <= t <= t1]
    audio_times = [t0, *(t for t, _, _ in audio), t1]
    delays = []
    loud = 300.0
    for (_, _, before), (t, _, rms) in itertools.pairwise(audio):
        sent = [s for s in onsets if s <= t]
        if before < loud <= rms and sent and t - sent[-1] < 0.9:
            delays.append(t - sent[-1])
    return {
        "fps": len(frames) / (t1 - t0),
        "readable": len(counters),
        # medians of five: one frame decoded from a broken reference may misread
        "counter_first": int(np.median(counters[:5])) if counters else None,
        "counter_last": int(np.median(counters[-5:])) if counters else None,
        "freezes": sum(1 for g in gaps if g > FREEZE_S),
        "longest_freeze_s": max(gaps),
        "audio_gap_s": played_gap(audio, t1, watch),
        "audio_gap_raw_s": max(b - a for a, b in itertools.pairwise(audio_times)),
        "loop_stalled_s": watch.overlap(t0, t1),
        "audio_share": sum(n for _, n, _ in audio) / (AUDIO_RATE * (t1 - t0)),
        "mouth_to_ear_s": float(np.median(delays)) if delays else None,
        "onsets_heard": len(delays),
    }


async def until(condition: Any, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not condition():
        await asyncio.sleep(0.05)  # polls a condition under a bounded deadline
    return bool(condition())


async def one(
    rooms: JanusRooms, relay: ImpairRelay, profile: str, seconds: float, cap: int | None
) -> dict[str, Any]:
    """One call under `profile`; `cap` is the video cap the central service puts in both
    grants of a room with a participant on a weak link."""
    relay.impair(*PROFILES[profile])
    room = await rooms.create_room(["kiosk", "staff"])
    kiosk_tone, staff_tone = BeepTrack(TONES["kiosk"]), BeepTrack(TONES["staff"])
    kiosk_grant = replace(join_grant(rooms.grant(room, "kiosk")), max_video_bps=cap)
    staff_grant = replace(join_grant(rooms.grant(room, "staff")), max_video_bps=cap)
    kiosk = client(via(kiosk_grant, relay.address), "kiosk", True, kiosk_tone)
    staff = client(staff_grant, "staff", False, staff_tone)
    started = time.monotonic()
    watch = LoopWatch()
    watching = asyncio.get_running_loop().create_task(watch.run())
    try:
        await kiosk.start()
        await staff.start()
        kiosk_got, staff_got = kiosk.remote, staff.remote
        assert isinstance(kiosk_got, Recorder) and isinstance(staff_got, Recorder)
        both = await until(lambda: kiosk_got.frame_log and staff_got.frame_log, 60)
        if not both:
            raise AssertionError(f"{profile}: no frames both ways within 60 s")
        joined_s = time.monotonic() - started
        relay.impair(*PROFILES[profile])  # counters for the measured window only
        t0 = time.monotonic()
        await asyncio.sleep(seconds)  # the call runs for the measured window
        t1 = time.monotonic()
        adapter = kiosk.adapter
        return {
            "joined_s": joined_s,
            "seconds": t1 - t0,
            "kiosk_to_staff": figures(staff_got, kiosk_tone.onsets, t0, t1, watch),
            "staff_to_kiosk": figures(kiosk_got, staff_tone.onsets, t0, t1, watch),
            "kiosk_pairs": kiosk.selected_pairs(),
            "relay_up": asdict(relay.up),
            "relay_down": asdict(relay.down),
            "kiosk_bitrate": [asdict(s) for s in adapter.steps] if adapter else [],
        }
    finally:
        watching.cancel()
        await kiosk.close()
        await staff.close()
        await rooms.destroy_room(room)


async def run(
    settings: MediaSettings, profiles: list[str], seconds: float, cap: int | None
) -> dict[str, Any]:
    rooms = JanusRooms(settings)
    coturn = (settings.turn_listening_ip, settings.turn_port)
    listen = (settings.turn_listening_ip, free_port(settings.turn_listening_ip))
    out: dict[str, Any] = {}
    async with ImpairRelay(listen, coturn) as relay:
        for profile in profiles:
            out[profile] = await one(rooms, relay, profile, seconds, cap)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--profiles", default="rate,delay,loss")
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--cap", type=int, default=None, help="max_video_bps in the grants")
    args = parser.parse_args()
    profiles = args.profiles.split(",")
    unknown = sorted(set(profiles) - set(PROFILES))
    if unknown or not math.isfinite(args.seconds) or args.seconds <= 0:
        parser.error(f"profiles are {', '.join(PROFILES)} (got {unknown}); seconds > 0")
    settings = namespace_media(args.data, args.janus_ip, args.turn_ip, args.janus_ip)
    socket.setdefaulttimeout(30)
    with MediaSupervisor(settings):
        result = asyncio.run(run(settings, profiles, args.seconds, args.cap))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
