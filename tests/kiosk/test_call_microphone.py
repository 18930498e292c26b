"""The call's microphone: the audio port's microphone read by one recorder thread into a
short queue at the call's rate, sent by PcmTrack (silence while it has nothing), dropped on
stop; no microphone means a silent call, not a failed one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from devices.audio.port import AudioClip
from devices.audio.sim import WavMicrophone
from kiosk.controllers.session_microphone import CALL_RATE, MicrophoneMailbox, to_call_rate
from remote_sessions.tracks import PcmTrack
from tests.helpers.fake_capture import write_tone_wav
from tests.media_scenario import dominant_hz


@pytest.mark.parametrize("rate", [16_000, 44_100, 48_000])
def test_any_microphone_rate_becomes_the_calls_rate_at_the_same_pitch(rate: int) -> None:
    t = np.arange(rate) / rate
    stereo = np.repeat((np.sin(2 * np.pi * 440 * t) * 8000).astype("<i2"), 2)
    samples = to_call_rate(AudioClip(rate, 2, stereo.tobytes()))
    assert abs(len(samples) - CALL_RATE) <= 1
    assert abs((dominant_hz(samples, CALL_RATE) or 0) - 440) <= 2


def test_the_mailbox_hands_out_the_microphones_tone_in_order(qtbot, tmp_path: Path) -> None:
    wav = write_tone_wav(tmp_path / "tone.wav", 440.0, rate=16_000)
    mailbox = MicrophoneMailbox(lambda: WavMicrophone(wav))
    assert mailbox.start() and mailbox.start()  # a second start keeps the one recorder
    try:
        taken: list[np.ndarray] = []

        def half_a_second() -> bool:
            piece = mailbox.take(960)
            if piece is not None:
                taken.append(piece)
            return len(taken) >= 25

        qtbot.waitUntil(half_a_second, timeout=10_000)
    finally:
        mailbox.stop()
    assert abs((dominant_hz(np.concatenate(taken), CALL_RATE) or 0) - 440) <= 5
    assert mailbox.take(1) is None  # what it heard is gone


def test_no_microphone_gives_silence_through_the_track() -> None:
    mailbox = MicrophoneMailbox(lambda: None)
    assert not mailbox.start()

    async def two() -> list[np.ndarray]:
        track = PcmTrack(mailbox.take)
        out = [(await track.recv()).to_ndarray().reshape(-1) for _ in range(2)]
        track.stop()
        return out

    for frame in asyncio.run(two()):
        assert len(frame) == 960 and not frame.any()


def test_the_track_sends_what_the_source_gives_at_48_khz() -> None:
    pieces = iter([np.full(960, 1000, dtype=np.int16), None])

    async def two() -> list:
        track = PcmTrack(lambda n: next(pieces, None))
        out = [await track.recv(), await track.recv()]
        track.stop()
        return out

    first, second = asyncio.run(two())
    assert first.sample_rate == 48_000 and first.samples == 960
    assert (first.to_ndarray() == 1000).all() and not second.to_ndarray().any()
    assert first.pts < second.pts
