"""Prompt packs on the shell: a Mongolian recording is played for its message id; a prompt the
pack lacks is spoken in Chinese, with a note in Mongolian on the screen saying so.

Real espeak-ng, the WAV speaker emulator, and the robot's presence greeting as the prompt.
"""

from __future__ import annotations

from array import array

from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from devices.camera.face_scene import PresenceScene
from devices.camera.sim import SimCamera
from devices.speech.prompts import MessageId, PromptFolder
from kiosk.flows.presence import GREETING
from kiosk.i18n.catalogue import Catalogue
from kiosk.screens.speech_note import NOTE
from kiosk.screens.vertical import has_mongolian
from kiosk.shell import Shell
from tests.helpers.system import require

WAIT_MS = 20000


def _mongolian_robot(make_shell) -> tuple[Shell, WavSpeaker]:
    require("espeak-ng", "espeak-ng")
    shell: Shell = make_shell(
        profile="robot", default_language="mn", **{"devices.speech.driver": "espeak-ng"}
    )
    speaker = shell.devices.speaker()
    assert isinstance(speaker, WavSpeaker)
    speaker.pace = 0  # write the sound at once instead of in real time
    return shell, speaker


def test_a_missing_recording_is_spoken_in_chinese_with_the_note_in_mongolian(
    qtbot, make_shell, tmp_path
) -> None:
    """GIVEN a Mongolian robot with no recording of its greeting WHEN a visitor arrives
    THEN the greeting is synthesised in Chinese and the screen says so in Mongolian."""
    shell, speaker = _mongolian_robot(make_shell)
    camera = shell.devices.camera()
    assert isinstance(camera, SimCamera)
    camera.scene = PresenceScene(camera.width, camera.height, face_visible=True)
    assert shell.presence is not None and shell.presence.start()
    with qtbot.waitSignal(shell.presence.greeted, timeout=WAIT_MS):
        pass
    note = shell.speech_note
    assert note.isVisible() and has_mongolian(note.text()) and note.is_vertical()
    assert note.text() == Catalogue.load("mn").text(MessageId("SpeechNote", NOTE))
    qtbot.waitUntil(lambda: len(speaker.played) == 1, timeout=WAIT_MS)
    said = AudioClip.from_wav(speaker.played[0])
    assert said.rate == 22050 and said.duration_s > 2.0  # espeak-ng's Mandarin, a sentence
    shell.window.grab().save(str(tmp_path / "robot-mn-note.png"))


def test_a_recorded_prompt_is_played_for_its_message_id_without_the_note(qtbot, make_shell) -> None:
    shell, speaker = _mongolian_robot(make_shell)
    folder = PromptFolder(shell.settings.data_dir / "prompts")
    recording = folder.path_for_message(GREETING, "mn")
    recording.parent.mkdir(parents=True)
    recorded = AudioClip(16000, 1, array("h", [1500, -1500, 700, -700] * 2000).tobytes())
    recorded.to_wav(recording)
    shell.controllers.voice.say_message(GREETING)
    qtbot.waitUntil(lambda: len(speaker.played) == 1, timeout=WAIT_MS)
    assert AudioClip.from_wav(speaker.played[0]).pcm == recorded.pcm
    assert not shell.speech_note.isVisible()
