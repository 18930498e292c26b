"""The audio emulators (WAV in, WAV out) and the PortAudio driver on a machine without sound."""

from __future__ import annotations

import threading
from array import array
from pathlib import Path

import pytest

from devices.audio.port import AudioClip
from devices.audio.portaudio import PortAudioMicrophone, PortAudioSpeaker
from devices.audio.sim import WavMicrophone, WavSpeaker
from devices.errors import DeviceNotReady
from devices.xfs import CompletionCode, DeviceStatus

TONE = AudioClip(8000, 1, array("h", [0] * 80 + [3000, -3000] * 400).tobytes())


def test_speaker_writes_what_it_plays_and_notes_the_first_sound(tmp_path: Path) -> None:
    speaker = WavSpeaker(tmp_path, pace=0)
    assert speaker.play(TONE, threading.Event(), 5).ok
    assert AudioClip.from_wav(speaker.played[0]).pcm == TONE.pcm
    assert speaker.sounded.is_set() and speaker.first_sound_at is not None
    assert "3000" not in repr(TONE)


def test_speaker_stops_when_cancelled_and_refuses_when_unplugged(tmp_path: Path) -> None:
    speaker = WavSpeaker(tmp_path, pace=0)
    cancel = threading.Event()
    cancel.set()
    assert speaker.play(TONE, cancel, 5).code is CompletionCode.CANCELED
    speaker.unplug()
    assert speaker.play(TONE, threading.Event(), 5).code is CompletionCode.DEVICE_NOT_READY


def test_microphone_loops_its_wav_file(tmp_path: Path) -> None:
    source = TONE.to_wav(tmp_path / "in.wav")
    mic = WavMicrophone(source, pace=0)
    clip = mic.record(0.5, timeout_s=5)
    assert clip.rate == 8000 and clip.frames == 4000
    assert clip.pcm[: len(TONE.pcm)] == TONE.pcm
    mic.unplug()
    with pytest.raises(DeviceNotReady):
        mic.record(0.1, timeout_s=5)


def test_portaudio_reports_no_device_plainly_when_there_is_no_sound_card() -> None:
    speaker, mic = PortAudioSpeaker(), PortAudioMicrophone()
    try:
        if speaker.status() is DeviceStatus.ONLINE:
            pytest.skip("this machine has a sound device")
        done = speaker.play(TONE, threading.Event(), 5)
        assert done.code is CompletionCode.DEVICE_NOT_READY
        assert done.detail == "no sound output device"
        assert mic.status() is DeviceStatus.NO_DEVICE
        with pytest.raises(DeviceNotReady, match="no sound input device"):
            mic.record(0.1, 5)
    finally:
        speaker.close()
        mic.close()


def test_speaker_keeps_only_the_last_clips(tmp_path: Path) -> None:
    speaker = WavSpeaker(tmp_path, pace=0, keep=2)
    for _ in range(4):
        speaker.play(TONE, threading.Event(), 5)
    assert sorted(p.name for p in tmp_path.glob("*.wav")) == ["clip-3.wav", "clip-4.wav"]
