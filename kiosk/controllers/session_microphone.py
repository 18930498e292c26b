"""The call's microphone: a recorder thread reads the audio port's microphone in short pieces
(the port blocks in real time) into a short queue, from which the outgoing audio track takes
20 ms at a time on the network loop. One reader of the device, started with the call and
stopped after it; what it heard is dropped on stop (a resident's voice is personal data)."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from devices.audio.port import AudioClip, Microphone
from kiosk.controllers.pcm_pieces import take_front

log = logging.getLogger(__name__)
CALL_RATE = 48_000  # what the call's audio track sends (Opus works at 48 kHz)
PIECE_S = 0.02
KEEP_S = 0.5  # more than this waiting means the call fell behind: drop the oldest
RETRY_S = 1.0


def to_call_rate(clip: AudioClip) -> NDArray[np.int16]:
    """Mono 16-bit at the call's rate, whatever the microphone records."""
    samples = np.frombuffer(clip.pcm, dtype="<i2").astype(np.float32)
    if clip.channels > 1:
        samples = samples.reshape(-1, clip.channels).mean(axis=1)
    if clip.rate != CALL_RATE and len(samples):
        count = round(len(samples) * CALL_RATE / clip.rate)
        at = np.arange(count) * (clip.rate / CALL_RATE)
        samples = np.interp(at, np.arange(len(samples)), samples)
    return np.clip(samples, -32768, 32767).astype(np.int16)


class MicrophoneMailbox:
    """Written by its recorder thread, read by the call's audio track (`take`)."""

    def __init__(self, microphone: Callable[[], Microphone | None]) -> None:
        self._microphone = microphone
        self._lock = threading.Lock()
        self._pieces: deque[NDArray[np.int16]] = deque()
        self._held = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Start recording (again); False when the terminal has no microphone (the call
        then sends silence)."""
        if self._thread is not None and self._thread.is_alive():
            return True
        device = self._microphone()
        if device is None:
            log.warning("no microphone for the call")
            return False
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._record, args=(device,), name="call-microphone", daemon=True
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(RETRY_S + 1.0)
        with self._lock:
            self._pieces.clear()
            self._held = 0

    def take(self, count: int) -> NDArray[np.int16] | None:
        """`count` samples in order, or None while fewer are waiting."""
        with self._lock:
            if self._held < count:
                return None
            samples = take_front(self._pieces, count)
            self._held -= count
            return samples

    def _record(self, device: Microphone) -> None:
        while not self._stop.is_set():
            try:
                clip = device.record(PIECE_S, timeout_s=RETRY_S)
            except Exception as err:  # a pulled microphone: silence, and try again shortly
                log.warning("the call's microphone failed: %s", type(err).__name__)
                self._stop.wait(RETRY_S)
                continue
            self._keep(to_call_rate(clip))

    def _keep(self, samples: NDArray[np.int16]) -> None:
        with self._lock:
            self._pieces.append(samples)
            self._held += len(samples)
            while self._pieces and self._held - len(self._pieces[0]) >= CALL_RATE * KEEP_S:
                self._held -= len(self._pieces.popleft())
