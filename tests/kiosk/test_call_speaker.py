"""The call's loudspeaker: received audio handed over by the network loop into a short queue,
played by one player thread through the audio port's (emulated) speaker in short clips at the
call screen's volume; bounded however fast audio arrives; stopped and emptied with the call."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from devices.base import EventSource
from devices.xfs import Completion, CompletionCode, DeviceFamily, DeviceStatus
from kiosk.controllers.session_speaker import KEEP_S, CallSpeaker, at_volume
from remote_sessions.received import RemoteMedia
from tests.media_scenario import dominant_hz

RATE = 48_000
PIECE = 960  # 20 ms, as aiortc hands decoded audio over


def tone(seconds: float, hz: float = 660.0, level: int = 10_000) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (np.sin(2 * np.pi * hz * t) * level).astype(np.int16)


def feed(speaker: CallSpeaker, samples: np.ndarray) -> None:
    for at in range(0, len(samples), PIECE):
        speaker.put(samples[at : at + PIECE], RATE)


def played(port: WavSpeaker) -> np.ndarray:
    clips = [AudioClip.from_wav(path) for path in port.played]
    assert all(clip.rate == RATE and clip.channels == 1 for clip in clips)
    return np.concatenate([np.frombuffer(clip.pcm, dtype="<i2") for clip in clips])


class HeldSpeaker(EventSource):
    """A loudspeaker whose every clip lasts until it is cut: the player is always behind."""

    def __init__(self) -> None:
        super().__init__(DeviceFamily.SPEAKER, DeviceStatus.ONLINE)
        self.playing = threading.Event()

    def capabilities(self) -> dict[str, object]:
        return {"emulated": True}

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)

    def play(self, clip: AudioClip, cancel: threading.Event, timeout_s: float) -> Completion[None]:
        self.playing.set()
        cancel.wait()
        return Completion(CompletionCode.CANCELED, detail="interrupted")


def player_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "call-speaker"]


def test_volume_scales_the_samples() -> None:
    samples = np.array([10_000, -10_000, 32_767], dtype=np.int16)
    assert at_volume(samples, 50).tolist() == [5_000, -5_000, 16_383]
    assert not at_volume(samples, 0).any()
    assert at_volume(samples, 100).tolist() == samples.tolist()
    assert at_volume(samples, 250).tolist() == samples.tolist()  # clamped to 100 %


def test_the_staffs_tone_is_played_through_the_port_at_the_screens_volume(
    qtbot, tmp_path: Path
) -> None:
    port = WavSpeaker(tmp_path, pace=0)
    speaker = CallSpeaker(lambda: port)
    assert speaker.start() and speaker.start()  # a second start keeps the one player
    assert len(player_threads()) == 1
    try:
        speaker.set_volume(50)
        feed(speaker, tone(0.3))
        qtbot.waitUntil(lambda: len(port.played) == 3 and speaker.held == 0, timeout=10_000)
    finally:
        speaker.stop()
    heard = played(port)
    assert len(heard) == int(RATE * 0.3)
    assert abs((dominant_hz(heard, RATE) or 0) - 660) <= 5
    assert 4_900 <= int(np.abs(heard).max()) <= 5_000  # half of the 10 000 received


def test_the_hand_off_never_holds_more_than_half_a_second(qtbot) -> None:
    port = HeldSpeaker()
    speaker = CallSpeaker(lambda: port)
    assert speaker.start()
    try:
        feed(speaker, tone(0.2))
        qtbot.waitUntil(port.playing.is_set, timeout=10_000)  # the player is stuck on a clip
        most = 0
        for _ in range(0, RATE * 3, PIECE):
            speaker.put(tone(0.02), RATE)
            most = max(most, speaker.held)
        assert most == speaker.held == RATE * KEEP_S  # the newest half second
        assert speaker.dropped == RATE * 3 + RATE // 10 - RATE * KEEP_S
    finally:
        speaker.stop()


def test_stop_ends_the_player_and_leaves_nothing_behind(qtbot) -> None:
    port = HeldSpeaker()
    speaker = CallSpeaker(lambda: port)
    assert speaker.start()
    feed(speaker, tone(0.4))
    qtbot.waitUntil(port.playing.is_set, timeout=10_000)  # a clip is being played
    assert speaker.held == RATE * 3 // 10
    speaker.stop()  # cuts the clip: the player is gone
    assert speaker.held == 0 and not player_threads()
    feed(speaker, tone(0.2))  # audio arriving after the call is not kept
    assert speaker.held == 0
    assert speaker.start()  # the next call plays again
    try:
        feed(speaker, tone(0.2))
        assert speaker.held > 0
    finally:
        speaker.stop()
    assert speaker.held == 0 and not player_threads()


def test_no_loudspeaker_means_a_call_without_sound() -> None:
    speaker = CallSpeaker(lambda: None)
    assert not speaker.start()
    feed(speaker, tone(0.2))
    assert speaker.held == 0 and not player_threads()


def test_received_audio_is_handed_to_the_tap_as_it_arrives() -> None:
    remote = RemoteMedia()
    heard: list[tuple[int, int]] = []
    remote.tap_audio(lambda samples, rate: heard.append((len(samples), rate)))
    remote.put_audio(tone(0.02), RATE)
    remote.tap_audio(None)
    remote.put_audio(tone(0.02), RATE)
    assert heard == [(PIECE, RATE)]
    assert len(remote.audio()) == 2 * PIECE  # what tests read is kept as before
