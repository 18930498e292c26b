"""Files Chromium plays as its camera and microphone (`--use-file-for-fake-video-capture`,
`--use-file-for-fake-audio-capture`): a `.y4m` video of the counter pattern that
`remote_sessions.pattern` draws and reads, and a `.wav` tone. Chromium loops both, so a few
seconds of counter is enough: a reader sees the counter rise, then start again."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np

from remote_sessions.pattern import counter_frame


def write_counter_y4m(
    path: Path,
    start: int,
    seconds: float = 8.0,
    fps: int = 15,
    size: tuple[int, int] = (640, 480),
) -> Path:
    """A 4:2:0 `.y4m` whose frame n shows the counter `start + n`. The pattern is black,
    white and grey only, so luma is the RGB grey level and chroma stays neutral."""
    width, height = size
    chroma = np.full((height // 2) * (width // 2), 128, dtype=np.uint8).tobytes()
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F{fps}:1 Ip A1:1 C420jpeg\n".encode("ascii"))
        for n in range(round(seconds * fps)):
            luma = counter_frame(start + n, width, height)[:, :, 0]
            out.write(b"FRAME\n")
            out.write(luma.tobytes())
            out.write(chroma)
            out.write(chroma)
    return path


def write_tone_wav(
    path: Path, frequency_hz: float, seconds: float = 4.0, rate: int = 48_000, level: float = 0.3
) -> Path:
    """A mono 16-bit sine tone; a whole number of periods per loop keeps the seam clean."""
    periods = max(1, round(seconds * frequency_hz))
    count = round(periods * rate / frequency_hz)
    t = np.arange(count) / rate
    samples = (np.sin(2 * math.pi * frequency_hz * t) * level * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path
