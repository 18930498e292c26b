"""The tracks a participant publishes: video from a frame source (the kiosk's camera frames,
read from the device layer's pipeline, never a second open of the camera) and audio.

A frame source is a callable returning the newest RGB frame (`H x W x 3` uint8, the camera
port's pixels) or None when there is none yet; it is called on the event loop, so it must
return at once (read a mailbox, never the device).
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import math
import time
from collections.abc import Callable

import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av import AudioFrame, VideoFrame
from numpy.typing import NDArray

log = logging.getLogger(__name__)
Pixels = NDArray[np.uint8]
FrameSource = Callable[[], Pixels | None]
VIDEO_CLOCK = 90_000
AUDIO_RATE = 48_000
AUDIO_PTIME_S = 0.02


class _Paced(MediaStreamTrack):
    """Hands out timestamps on a wall clock, so frames leave at the track's rate."""

    def __init__(self, period_s: float, clock: int) -> None:
        super().__init__()
        self._period_s = period_s
        self._clock = clock
        self._start: float | None = None
        self._count = 0

    async def _next_pts(self) -> int:
        if self.readyState != "live":
            raise MediaStreamError
        now = time.monotonic()
        if self._start is None:
            self._start = now
        else:
            self._count += 1
            due = self._start + self._count * self._period_s
            if due > now:
                await asyncio.sleep(due - now)  # the media clock, not synchronisation
        return round(self._count * self._period_s * self._clock)


class FrameSourceTrack(_Paced):
    """Video at `fps` from `source`; repeats the last frame while the source has none new,
    and sends grey until the first frame arrives."""

    kind = "video"

    def __init__(self, source: FrameSource, fps: float = 15.0, size: tuple[int, int] = (640, 480)):
        super().__init__(1.0 / fps, VIDEO_CLOCK)
        self._source = source
        width, height = size
        self._last: Pixels = np.full((height, width, 3), 128, dtype=np.uint8)

    async def recv(self) -> VideoFrame:
        pts = await self._next_pts()
        try:
            pixels = self._source()
        except Exception:  # a camera fault must not end the call: keep the last picture
            log.exception("the frame source failed; repeating the last frame")
            pixels = None
        if pixels is not None:
            self._last = pixels
        frame = VideoFrame.from_ndarray(self._last, format="rgb24")
        frame.pts = pts
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        return frame


class ToneTrack(_Paced):
    """A sine tone (mono, 48 kHz, 20 ms frames): the microphone of tests, the benchmark and
    a scripted participant. The kiosk's microphone comes through `PcmTrack`."""

    kind = "audio"

    def __init__(self, frequency_hz: float = 440.0, level: float = 0.3) -> None:
        super().__init__(AUDIO_PTIME_S, AUDIO_RATE)
        self._frequency_hz = frequency_hz
        self._level = level
        self._samples = int(AUDIO_RATE * AUDIO_PTIME_S)
        self._phase = 0

    async def recv(self) -> AudioFrame:
        pts = await self._next_pts()
        t = (np.arange(self._samples) + self._phase) / AUDIO_RATE
        self._phase += self._samples
        wave = np.sin(2 * math.pi * self._frequency_hz * t) * self._level * 32767
        frame = AudioFrame.from_ndarray(
            wave.astype(np.int16).reshape(1, -1), format="s16", layout="mono"
        )
        frame.sample_rate = AUDIO_RATE
        frame.pts = pts
        frame.time_base = fractions.Fraction(1, AUDIO_RATE)
        return frame


PcmSource = Callable[[int], NDArray[np.int16] | None]


class PcmTrack(_Paced):
    """Audio from a PCM source (mono 16-bit at 48 kHz, 20 ms frames): the kiosk's
    microphone, taken from a mailbox the audio port's recorder fills (the port blocks in real
    time, so it is never read on the event loop). `source(n)` returns `n` samples or None;
    None, or a failing source, sends silence for that frame."""

    kind = "audio"

    def __init__(self, source: PcmSource) -> None:
        super().__init__(AUDIO_PTIME_S, AUDIO_RATE)
        self._source = source
        self._samples = int(AUDIO_RATE * AUDIO_PTIME_S)

    async def recv(self) -> AudioFrame:
        pts = await self._next_pts()
        try:
            pcm = self._source(self._samples)
        except Exception:  # a microphone fault must not end the call: silence instead
            log.exception("the microphone source failed; sending silence")
            pcm = None
        if pcm is None or len(pcm) != self._samples:
            pcm = np.zeros(self._samples, dtype=np.int16)
        frame = AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = AUDIO_RATE
        frame.pts = pts
        frame.time_base = fractions.Fraction(1, AUDIO_RATE)
        return frame
