"""The call's loudspeaker: what the staff member says, handed over by the call's network loop
(`put`, never blocking it) into a short queue, played by one player thread through the audio
port's speaker in short clips at the call screen's volume. Started with the call and stopped
after it; what was waiting is dropped on stop (nothing of the call stays behind)."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from devices.audio.port import AudioClip, Speaker
from devices.xfs import CompletionCode
from kiosk.controllers.pcm_pieces import take_front

log = logging.getLogger(__name__)
PIECE_S = 0.1  # one clip played at a time: short, so the staff is heard with little delay
KEEP_S = 0.5  # more than this waiting means playing fell behind: drop the oldest
RETRY_S = 1.0
DEFAULT_VOLUME = 60  # the call screen's starting level


def at_volume(samples: NDArray[np.int16], volume: int) -> NDArray[np.int16]:
    """`samples` scaled by `volume` percent (100: as received, 0: silence)."""
    gain = max(0, min(100, volume)) / 100.0
    scaled: NDArray[np.int16] = np.clip(samples.astype(np.float32) * gain, -32768, 32767).astype(
        np.int16
    )
    return scaled


class CallSpeaker:
    """Written by the network loop (`put`), played by its own thread (`start`/`stop`)."""

    def __init__(
        self,
        speaker: Callable[[], Speaker | None],
        piece_s: float = PIECE_S,
        keep_s: float = KEEP_S,
    ) -> None:
        self._speaker = speaker
        self._piece_s = piece_s
        self._keep_s = keep_s
        self._cond = threading.Condition()
        self._pieces: deque[NDArray[np.int16]] = deque()
        self._held = 0
        self._rate = 48_000
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._playing = False  # guarded by _cond: received audio is kept only while True
        self.volume = DEFAULT_VOLUME
        self.dropped = 0  # samples dropped because playing fell behind (since start)

    def set_volume(self, volume: int) -> None:
        """The call screen's quieter/louder (any thread; applies from the next clip)."""
        self.volume = max(0, min(100, int(volume)))

    @property
    def held(self) -> int:
        """Samples waiting to be played."""
        with self._cond:
            return self._held

    def start(self) -> bool:
        """Start playing (again); False when the terminal has no loudspeaker (the call goes
        on with the picture and the text line)."""
        if self._thread is not None and self._thread.is_alive():
            return True
        device = self._speaker()
        if device is None:
            log.warning("no loudspeaker for the call")
            return False
        self._stop.clear()
        with self._cond:
            self._playing = True
            self.dropped = 0
        self._thread = threading.Thread(
            target=self._play, args=(device,), name="call-speaker", daemon=True
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()  # also cuts the clip being played
        with self._cond:
            self._playing = False
            self._pieces.clear()
            self._held = 0
            self._cond.notify_all()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(self._piece_s + RETRY_S + 1.0)
        with self._cond:
            self._pieces.clear()
            self._held = 0

    def put(self, samples: NDArray[np.int16], rate: int) -> None:
        """Received mono samples (the network loop): kept only while the player runs, and
        never more than `keep_s` of them."""
        with self._cond:
            if not self._playing:
                return
            if rate != self._rate:  # another rate: what waits would play at the wrong pitch
                self._pieces.clear()
                self._held, self._rate = 0, rate
            self._pieces.append(samples)
            self._held += len(samples)
            limit = int(rate * self._keep_s)
            while self._pieces and self._held > limit:
                gone = len(self._pieces.popleft())
                self._held -= gone
                self.dropped += gone
            self._cond.notify_all()

    def _take(self) -> tuple[NDArray[np.int16], int] | None:
        """One piece's worth of samples in order, or None once stopped."""
        with self._cond:
            while not self._stop.is_set():
                count = int(self._rate * self._piece_s)
                if self._held >= count:
                    samples = take_front(self._pieces, count)
                    self._held -= count
                    return samples, self._rate
                self._cond.wait(self._piece_s)
            return None

    def _play(self, device: Speaker) -> None:
        while True:
            piece = self._take()
            if piece is None:
                return
            samples, rate = piece
            clip = AudioClip(rate, 1, at_volume(samples, self.volume).astype("<i2").tobytes())
            try:
                done = device.play(clip, self._stop, timeout_s=clip.duration_s + RETRY_S)
            except Exception as err:  # a driver fault must not end the call: try again shortly
                log.warning("the call's loudspeaker failed: %s", type(err).__name__)
                self._stop.wait(RETRY_S)
                continue
            if done.code not in (CompletionCode.SUCCESS, CompletionCode.CANCELED):
                log.warning("the call's loudspeaker: %s", done.code.value)
                self._stop.wait(RETRY_S)
