"""Audio emulators: a speaker that writes what it plays to WAV files, a microphone reading one.

They keep real time (scaled by `pace`) so that interrupting speech behaves as on a terminal,
and the speaker notes when the first audible sample reached it: that is "time to first audio".
Fault injection: `unplug()` and `replug()`.
"""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

from devices.audio.port import AudioClip, at_level, first_sound
from devices.base import EventSource
from devices.errors import DeviceNotReady
from devices.xfs import Completion, CompletionCode, DeviceFamily, DeviceStatus

CHUNK_S = 0.02


class WavSpeaker(EventSource):
    """Plays clips into `out_dir/clip-N.wav` (or always into `out_file`).

    Only the last `keep` clips stay on disk: what was said to a resident is personal data, and
    an emulator left running in a demo must not pile it up.
    """

    def __init__(
        self, out_dir: Path, pace: float = 1.0, out_file: Path | None = None, keep: int = 20
    ) -> None:
        super().__init__(DeviceFamily.SPEAKER, DeviceStatus.ONLINE)
        self.out_dir = out_dir
        self.out_file = out_file
        self.pace = pace
        self._count = itertools.count(1)
        self._lock = threading.Lock()
        self.played: list[Path] = []
        self.keep = keep
        self.first_sound_at: float | None = None  # time.monotonic() of the last clip's first sound
        self.sounded = threading.Event()
        self.level = 100  # percent: the loudspeaker's volume (devices.audio.volume)

    def set_level(self, percent: int) -> None:
        self.level = max(0, min(100, int(percent)))

    def capabilities(self) -> dict[str, object]:
        return {
            "formats": ["pcm16"],
            "emulated": True,
            "output": str(self.out_file or self.out_dir),
        }

    def play(self, clip: AudioClip, cancel: threading.Event, timeout_s: float) -> Completion[None]:
        if self.status() is not DeviceStatus.ONLINE:
            return Completion(
                CompletionCode.DEVICE_NOT_READY, detail="the speaker is not connected"
            )
        clip = at_level(clip, self.level)
        with self._lock:
            self.first_sound_at = None
            self.sounded.clear()
            written = bytearray()
            started = time.monotonic()
            for chunk in clip.chunks(CHUNK_S):
                if cancel.is_set():
                    break
                if self.status() is not DeviceStatus.ONLINE:
                    return Completion(
                        CompletionCode.HARDWARE_ERROR, detail="the speaker was disconnected"
                    )
                written += chunk
                if self.first_sound_at is None and first_sound(chunk) is not None:
                    self.first_sound_at = time.monotonic()
                    self.sounded.set()
                if self.pace > 0:
                    due = started + len(written) / (clip.rate * 2 * clip.channels) * self.pace
                    time.sleep(max(0.0, due - time.monotonic()))
            try:
                self._save(AudioClip(clip.rate, clip.channels, bytes(written)))
            except OSError as err:
                where = self.out_file or self.out_dir
                return Completion(
                    CompletionCode.HARDWARE_ERROR,
                    detail=f"could not write the sound to {where}: {err.strerror or err}",
                )
        if cancel.is_set():
            return Completion(CompletionCode.CANCELED, detail="interrupted")
        return Completion(CompletionCode.SUCCESS)

    def _save(self, clip: AudioClip) -> None:
        target = self.out_file
        if target is None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            target = self.out_dir / f"clip-{next(self._count)}.wav"
        self.played.append(clip.to_wav(target))
        if self.out_file is None:
            while len(self.played) > self.keep:
                self.played.pop(0).unlink(missing_ok=True)

    def unplug(self) -> None:
        self.set_status(DeviceStatus.NO_DEVICE)

    def replug(self) -> None:
        self.set_status(DeviceStatus.ONLINE)

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)


class WavMicrophone(EventSource):
    """Records from a WAV file (looped), or silence when there is none, in real time."""

    def __init__(self, source: Path | None = None, rate: int = 16000, pace: float = 1.0) -> None:
        super().__init__(DeviceFamily.MICROPHONE, DeviceStatus.ONLINE)
        self._clip = AudioClip.from_wav(source) if source else None
        self.rate = self._clip.rate if self._clip else rate
        self.pace = pace
        self._offset = 0

    def capabilities(self) -> dict[str, object]:
        return {"rate": self.rate, "channels": 1, "emulated": True}

    def record(self, seconds: float, timeout_s: float) -> AudioClip:
        if self.status() is not DeviceStatus.ONLINE:
            raise DeviceNotReady(self.family, "the microphone is not connected")
        channels = self._clip.channels if self._clip else 1
        size = int(seconds * self.rate) * 2 * channels
        if self._clip is None or not self._clip.pcm:
            pcm = bytes(size)
        else:
            source = self._clip.pcm
            repeated = source * (2 + size // len(source))
            pcm = repeated[self._offset : self._offset + size]
            self._offset = (self._offset + size) % len(source)
        if self.pace > 0:
            time.sleep(min(seconds * self.pace, timeout_s))
        return AudioClip(self.rate, channels, pcm)

    def unplug(self) -> None:
        self.set_status(DeviceStatus.NO_DEVICE)

    def replug(self) -> None:
        self.set_status(DeviceStatus.ONLINE)

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
