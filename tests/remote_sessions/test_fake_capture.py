"""The browser's fake camera file carries the same counter the kiosk's decoder reads, and its
fake microphone file the tone asked for."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from remote_sessions.pattern import read_counter
from tests.helpers.fake_capture import write_counter_y4m, write_tone_wav


def test_each_y4m_frame_reads_back_as_its_counter(tmp_path: Path) -> None:
    path = write_counter_y4m(tmp_path / "c.y4m", 40000, seconds=1.0, fps=15, size=(640, 480))
    raw = path.read_bytes()
    header, _, rest = raw.partition(b"\n")
    assert header.startswith(b"YUV4MPEG2 W640 H480 F15:1")
    frame_bytes = len(b"FRAME\n") + 640 * 480 * 3 // 2
    assert len(rest) == 15 * frame_bytes
    for n in (0, 7, 14):
        start = n * frame_bytes + len(b"FRAME\n")
        luma = np.frombuffer(rest[start : start + 640 * 480], dtype=np.uint8).reshape(480, 640)
        assert read_counter(np.stack([luma] * 3, axis=2)) == 40000 + n


def test_the_wav_is_the_tone(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "t.wav", 660.0, seconds=1.0)
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64)))
    assert abs(float(np.fft.rfftfreq(len(samples), 1 / rate)[spectrum.argmax()]) - 660) < 2
