"""Recorded prompt packs keyed by the catalogue's message id, on the real espeak-ng engine."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from devices.speech.prompts import MessageId, PromptFolder, message_key
from devices.speech.tts import TtsSpeech
from devices.xfs import CompletionCode
from tests.helpers.system import require

WELCOME = MessageId("Attract", "Public Legal Services")
MONGOLIAN = "ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ"


@pytest.fixture
def speaker(tmp_path: Path) -> WavSpeaker:
    return WavSpeaker(tmp_path / "played", pace=0)


@pytest.fixture
def speech(speaker: WavSpeaker, tmp_path: Path) -> Iterator[TtsSpeech]:
    require("espeak-ng", "espeak-ng")
    device = TtsSpeech(
        speaker, {"zh": "cmn"}, prompts=PromptFolder(tmp_path / "prompts"), render_timeout_s=15.0
    )
    yield device
    device.close()


def _record(folder: PromptFolder, message: MessageId, lang: str) -> AudioClip:
    """A recording as a technician copies it in: a tone unlike anything espeak-ng says."""
    clip = AudioClip(16000, 1, array("h", [1200, -1200, 600, -600] * 3000).tobytes())
    path = folder.path_for_message(message, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    clip.to_wav(path)
    return clip


def test_the_recording_of_a_message_id_is_played_for_it(speech, speaker) -> None:
    """GIVEN a Mongolian WAV recorded for ("Attract", "Public Legal Services")
    WHEN the message is said in Mongolian THEN exactly that recording is played."""
    assert isinstance(speech.prompts, PromptFolder)
    recorded = _record(speech.prompts, WELCOME, "mn")
    assert speech.prompts.path_for_message(WELCOME, "mn").name == f"{message_key(WELCOME)}.wav"
    assert speech.has_recording(WELCOME, "mn")
    done = speech.say_message(WELCOME, MONGOLIAN, "mn", timeout_s=20)
    assert done.ok, done.detail
    assert AudioClip.from_wav(speaker.played[-1]).pcm == recorded.pcm


def test_a_recording_is_found_by_context_and_source_not_by_wording(speech, speaker) -> None:
    """The same English source in another context is another message: not played for it."""
    assert isinstance(speech.prompts, PromptFolder)
    _record(speech.prompts, WELCOME, "mn")
    other = MessageId("Home", WELCOME.source)
    assert not speech.has_recording(other, "mn")
    refused = speech.say_message(other, MONGOLIAN, "mn", timeout_s=20)
    assert refused.code is CompletionCode.UNSUPPORTED_COMMAND
    assert speaker.played == []


def test_without_a_recording_a_voiced_language_is_synthesised(speech, speaker) -> None:
    done = speech.say_message(WELCOME, "公共法律服务", "zh", timeout_s=20)
    assert done.ok, done.detail
    clip = AudioClip.from_wav(speaker.played[-1])
    assert clip.rate == 22050 and clip.duration_s > 0.5  # espeak-ng's, not a file's


def test_missing_lists_the_messages_without_a_recording(tmp_path) -> None:
    folder = PromptFolder(tmp_path / "prompts")
    messages = [WELCOME, MessageId("Home", "Back"), MessageId("Idle", "Continue")]
    _record(folder, messages[1], "mn")
    assert folder.missing(messages, "mn") == [messages[0], messages[2]]
    assert folder.missing(messages, "zh") == messages
