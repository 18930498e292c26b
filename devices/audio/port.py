"""Audio ports: a speaker that plays clips (speech, prompts, calls) and a microphone.

Clips are 16-bit little-endian PCM, the format espeak-ng, WAV files and PortAudio all share.
"""

from __future__ import annotations

import threading
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from devices.base import Device
from devices.xfs import Completion

SAMPLE_WIDTH = 2
SILENCE_LEVEL = 64  # |sample| at or below this is silence (about -54 dBFS)


@dataclass(frozen=True, repr=False)
class AudioClip:
    rate: int
    channels: int
    pcm: bytes

    def __repr__(self) -> str:  # a recording of a resident is personal data
        return f"AudioClip({self.duration_s:.2f} s, {self.rate} Hz, {self.channels} ch)"

    @property
    def frames(self) -> int:
        return len(self.pcm) // (SAMPLE_WIDTH * self.channels)

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    @classmethod
    def from_wav(cls, path: Path) -> AudioClip:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != SAMPLE_WIDTH:
                raise ValueError(f"{path.name}: only 16-bit WAV is supported")
            return cls(wav.getframerate(), wav.getnchannels(), wav.readframes(wav.getnframes()))

    def to_wav(self, path: Path) -> Path:
        # the file is opened first: a wave.Wave_write whose open failed complains in __del__
        with path.open("wb") as raw, wave.open(raw, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(SAMPLE_WIDTH)
            wav.setframerate(self.rate)
            wav.writeframes(self.pcm)
        return path

    def chunks(self, seconds: float) -> list[bytes]:
        step = max(1, int(self.rate * seconds)) * SAMPLE_WIDTH * self.channels
        return [self.pcm[i : i + step] for i in range(0, len(self.pcm), step)]

    def trim_leading_silence(self) -> AudioClip:
        """Drop the engine's lead-in so the first sample played is already sound."""
        start = first_sound(self.pcm)
        if start is None:
            return self
        frame = SAMPLE_WIDTH * self.channels
        offset = (start * SAMPLE_WIDTH) // frame * frame
        return AudioClip(self.rate, self.channels, self.pcm[offset:])


def first_sound(pcm: bytes) -> int | None:
    """Index of the first sample louder than silence, or None if there is none."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_WIDTH])
    for index, value in enumerate(samples):
        if abs(value) > SILENCE_LEVEL:
            return index
    return None


def at_level(clip: AudioClip, percent: int) -> AudioClip:
    """`clip` at `percent` of its loudness (100: as it is, 0: silence)."""
    if percent >= 100:
        return clip
    samples = array("h")
    samples.frombytes(clip.pcm[: len(clip.pcm) - len(clip.pcm) % SAMPLE_WIDTH])
    gain = max(0, percent) / 100.0
    scaled = array("h", (int(value * gain) for value in samples))
    return AudioClip(clip.rate, clip.channels, scaled.tobytes())


@runtime_checkable
class LevelControl(Protocol):
    """A loudspeaker whose level applies to every clip it plays from then on (the
    technician's volume, `devices.audio.volume`)."""

    level: int

    def set_level(self, percent: int) -> None: ...


@runtime_checkable
class Speaker(Device, Protocol):
    def play(self, clip: AudioClip, cancel: threading.Event, timeout_s: float) -> Completion[None]:
        """Play to the end, or stop early (`canceled`) as soon as `cancel` is set."""
        ...


@runtime_checkable
class Microphone(Device, Protocol):
    def record(self, seconds: float, timeout_s: float) -> AudioClip:
        """Record `seconds` of sound; raises a devices.errors.DeviceError."""
        ...
