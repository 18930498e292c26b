"""Speech on the real espeak-ng engine, played into the WAV speaker emulator."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.audio.port import AudioClip, first_sound
from devices.audio.sim import WavSpeaker
from devices.speech.prompts import PromptFolder
from devices.speech.tts import Priority, TtsSpeech
from devices.xfs import CompletionCode, DeviceStatus
from tests.helpers import run_cli
from tests.helpers.system import require

LONG_EN = "This sentence is long enough to be interrupted while it is being spoken. " * 3


@pytest.fixture
def speaker(tmp_path: Path) -> WavSpeaker:
    return WavSpeaker(tmp_path / "played", pace=0)


@pytest.fixture
def speech(speaker: WavSpeaker, tmp_path: Path) -> Iterator[TtsSpeech]:
    require("espeak-ng", "espeak-ng")
    device = TtsSpeech(
        speaker,
        {"zh": "cmn", "en": "en"},
        prompts=PromptFolder(tmp_path / "prompts"),
        render_timeout_s=15.0,
    )
    yield device
    device.close()


def _peak(path: Path) -> int:
    samples = array("h")
    samples.frombytes(AudioClip.from_wav(path).pcm)
    return max(abs(s) for s in samples)


@pytest.mark.parametrize(
    ("lang", "text"), [("zh", "您好，欢迎使用公共法律服务。"), ("en", "Welcome.")]
)
def test_speaks_each_language_into_the_speaker(speech, speaker, lang, text) -> None:
    done = speech.say(text, lang, timeout_s=20)
    assert done.ok, done.detail
    clip = AudioClip.from_wav(speaker.played[-1])
    assert clip.duration_s > 0.3 and first_sound(clip.pcm) == 0  # lead-in trimmed
    assert speech.capabilities()["voices"] == {"zh": "sit/cmn", "en": "gmw/en"}


def test_mongolian_is_refused_plainly_until_a_prompt_is_recorded(speech, speaker, tmp_path):
    text = "ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ"
    refused = speech.say(text, "mn", timeout_s=20)
    assert refused.code is CompletionCode.UNSUPPORTED_COMMAND
    assert (
        refused.detail
        == "No Mongolian voice is installed and this sentence has no recorded prompt."
    )
    assert "mn" in speech.capabilities()["noVoice"]
    recording = speech.prompts.path_for(text, "mn")
    recording.parent.mkdir(parents=True)
    AudioClip(16000, 1, array("h", [900, -900] * 4000).tobytes()).to_wav(recording)
    assert speech.say(text, "mn", timeout_s=20).ok
    assert "mn" in speech.languages()
    assert AudioClip.from_wav(speaker.played[-1]).frames == 8000


def test_interrupting_stops_the_sentence_and_drops_the_queue(speech, speaker) -> None:
    """GIVEN a long sentence playing in real time WHEN the screen changes THEN speech stops."""
    speaker.pace = 1.0
    playing = speech.speak(LONG_EN, "en")
    queued = speech.speak("And this one was next.", "en")
    assert speaker.sounded.wait(20)
    speech.stop()
    assert playing.result(20).code is CompletionCode.CANCELED
    assert queued.result(20).code is CompletionCode.CANCELED
    assert speech.say("New screen.", "en", timeout_s=20).ok


def test_urgent_speech_jumps_the_queue(speech, speaker) -> None:
    speaker.pace = 1.0
    order: list[str] = []
    first = speech.speak("Please wait a moment.", "en")
    assert speaker.sounded.wait(20)
    low = speech.speak("A hint.", "en", Priority.LOW)
    urgent = speech.speak("Please take your card.", "en", Priority.URGENT)
    low.add_done_callback(lambda _: order.append("low"))
    urgent.add_done_callback(lambda _: order.append("urgent"))
    for future in (first, low, urgent):
        assert future.result(30).ok
    assert order == ["urgent", "low"]


def test_volume_is_reset_for_each_journey(speech, speaker) -> None:
    speech.set_volume(0.1)
    assert speech.say("Volume.", "en", timeout_s=20).ok
    quiet = _peak(speaker.played[-1])
    speech.new_journey()
    assert speech.volume == 0.9
    assert speech.say("Volume.", "en", timeout_s=20).ok
    assert _peak(speaker.played[-1]) > quiet * 2


def test_a_hung_engine_times_out_and_is_restarted(speech) -> None:
    speech.engine.timeout_s = 1.0
    speech.engine.stall.set()
    done = speech.say("Hello.", "en", timeout_s=20)
    assert done.code is CompletionCode.TIME_OUT
    assert speech.status() is DeviceStatus.HARDWARE_ERROR
    assert speech.message == "The voice is not responding; it will be restarted."
    assert speech.check_health() is DeviceStatus.ONLINE
    assert speech.engine.restarts == 1
    speech.engine.timeout_s = 15.0  # a fresh engine loads its voices on first use
    assert speech.say("Hello again.", "en", timeout_s=20).ok


def test_unplugged_speaker_is_reported(speech, speaker) -> None:
    speaker.unplug()
    done = speech.say("Hello.", "en", timeout_s=20)
    assert done.code is CompletionCode.DEVICE_NOT_READY
    assert done.detail == "the speaker is not connected"
    assert speech.check_health() is DeviceStatus.HARDWARE_ERROR
    assert speech.message == "The loudspeaker is not working."
    speaker.replug()
    assert speech.check_health() is DeviceStatus.ONLINE


def test_cli_say_writes_a_wav_and_refuses_mongolian(tmp_path: Path) -> None:
    require("espeak-ng", "espeak-ng")
    out = tmp_path / "say.wav"
    done = run_cli("lexkiosk", "devices", "say", "欢迎光临", "--lang", "zh", "--wav", str(out))
    assert done.returncode == 0, done.stderr
    assert "said" in done.stdout and "Audio saved" not in done.stdout
    assert first_sound(AudioClip.from_wav(out).pcm) is not None
    refused = run_cli("lexkiosk", "devices", "say", "сайн", "--lang", "mn", "--wav", str(out))
    assert refused.returncode == 1
    assert "No Mongolian voice" in refused.stderr


def test_cli_say_refuses_a_path_it_cannot_write(tmp_path: Path) -> None:
    """`devices say --wav` either writes the file or exits non-zero with one plain line."""
    require("espeak-ng", "espeak-ng")
    folder = run_cli("lexkiosk", "devices", "say", "hi", "--lang", "en", "--wav", str(tmp_path))
    assert folder.returncode == 2
    assert folder.stderr.strip().endswith("it is a folder; give a file path such as out.wav")
    nowhere = tmp_path / "no" / "such" / "out.wav"
    lost = run_cli("lexkiosk", "devices", "say", "hi", "--lang", "en", "--wav", str(nowhere))
    assert lost.returncode == 2 and "a folder that does not exist" in lost.stderr
    assert "Traceback" not in folder.stderr + lost.stderr
