"""What arrives from the other participants, readable from any thread: the newest decoded
frame of each feed (the screen shows it, as the camera preview shows the camera's) and the
last second of their audio; a tap (the kiosk's loudspeaker) is handed each piece of audio as
it arrives."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

AUDIO_KEEP_S = 1.0
AudioTap = Callable[[NDArray[np.int16], int], None]  # (mono samples, rate); must not block


@dataclass(frozen=True, repr=False)
class RemoteFrame:
    """One decoded frame of feed `feed` (RGB `H x W x 3`); `seq` counts that feed's frames."""

    feed: int
    pixels: NDArray[np.uint8]
    seq: int
    at: float

    def __repr__(self) -> str:  # never dump pixels (a face) into logs
        height, width = self.pixels.shape[:2]
        return f"RemoteFrame(feed={self.feed}, {width}x{height}, seq={self.seq})"


class RemoteMedia:
    """Written by the call's event loop, read by the UI and by tests."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frames: dict[int, RemoteFrame] = {}
        self._audio: deque[NDArray[np.int16]] = deque()
        self._audio_samples = 0
        self.audio_rate = 48_000
        self.first_frame_at: float | None = None
        self._tap: AudioTap | None = None

    def tap_audio(self, tap: AudioTap | None) -> None:
        """Hand every later piece of audio to `tap` too (None: stop)."""
        self._tap = tap

    def put_frame(self, feed: int, pixels: NDArray[np.uint8]) -> None:
        with self._cond:
            previous = self._frames.get(feed)
            seq = previous.seq + 1 if previous else 1
            now = time.monotonic()
            self._frames[feed] = RemoteFrame(feed, pixels, seq, now)
            if self.first_frame_at is None:
                self.first_frame_at = now
            self._cond.notify_all()

    def put_audio(self, samples: NDArray[np.int16], rate: int) -> None:
        with self._cond:
            self.audio_rate = rate
            self._audio.append(samples)
            self._audio_samples += len(samples)
            while self._audio and self._audio_samples - len(self._audio[0]) >= rate * AUDIO_KEEP_S:
                self._audio_samples -= len(self._audio.popleft())
            self._cond.notify_all()
        tap = self._tap
        if tap is not None:
            tap(samples, rate)

    def drop_feed(self, feed: int) -> None:
        with self._cond:
            self._frames.pop(feed, None)

    def drop_frames(self) -> None:
        """Forget every feed's frame (the connection they came over is gone)."""
        with self._cond:
            self._frames.clear()

    def latest(self) -> RemoteFrame | None:
        """The newest frame of any feed (one-to-one: the other participant's)."""
        with self._cond:
            if not self._frames:
                return None
            return max(self._frames.values(), key=lambda f: f.at)

    def frames(self) -> dict[int, RemoteFrame]:
        with self._cond:
            return dict(self._frames)

    def audio(self) -> NDArray[np.int16]:
        """The last second (or less) of received audio, mono."""
        with self._cond:
            if not self._audio:
                return np.zeros(0, dtype=np.int16)
            return np.concatenate(list(self._audio))

    def wait_frame(self, newer_than: float, timeout_s: float) -> RemoteFrame | None:
        """Block until a frame later than `newer_than` (monotonic) arrives, up to `timeout_s`."""

        def fresh() -> RemoteFrame | None:
            frame = self.latest() if self._frames else None
            return frame if frame is not None and frame.at > newer_than else None

        with self._cond:
            self._cond.wait_for(lambda: fresh() is not None, timeout_s)
            return fresh()
