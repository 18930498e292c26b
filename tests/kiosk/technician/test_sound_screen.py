"""Volume and brightness on the technician's page take effect at once: the loudspeaker (the
audio port's WAV emulator) plays the next clip quieter, and the backlight's brightness file
(the sysfs driver on a folder laid out like /sys/class/backlight) changes, all by clicks."""

from __future__ import annotations

import math
import threading
from array import array
from pathlib import Path

from pytestqt.qtbot import QtBot

from config.loader import read_toml
from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from kiosk.qt import Qt, QWidget
from kiosk.technician.backlight import find_backlight
from kiosk.technician.page_sound_screen import SoundScreenPage


def _tone() -> AudioClip:
    samples = array("h", (round(20000 * math.sin(i * 2 * math.pi / 32)) for i in range(1600)))
    return AudioClip(16000, 1, samples.tobytes())


def _peak(clip: AudioClip) -> int:
    samples = array("h")
    samples.frombytes(clip.pcm)
    return max(abs(value) for value in samples)


def _played(speaker: WavSpeaker) -> int:
    """The peak of a tone played through the loudspeaker now, read back from its WAV."""
    done = speaker.play(_tone(), threading.Event(), timeout_s=5.0)
    assert done.ok, done.detail
    return _peak(AudioClip.from_wav(speaker.played[-1]))


def test_volume_and_brightness_apply_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """GIVEN the loudspeaker at 100 % and a backlight at 50 of 200 WHEN the technician clicks
    volume down twice and brightness up once THEN the next tone plays at 80 % of its peak, the
    settings file says 80, and the backlight is at 60 % (120 of 200) before anyone restarts."""
    config = tmp_path / "kiosk.toml"
    config.write_text('terminal_id = "K001"\n')
    sysfs = tmp_path / "backlight" / "panel0"
    sysfs.mkdir(parents=True)
    (sysfs / "max_brightness").write_text("200\n")
    (sysfs / "brightness").write_text("100\n")
    speaker = WavSpeaker(tmp_path / "audio", pace=0.0)
    page = SoundScreenPage(config, 100, find_backlight(tmp_path / "backlight"), speaker)
    qtbot.addWidget(page)
    loud = _played(speaker)
    assert loud == 20000

    for _ in range(2):
        qtbot.mouseClick(page.findChild(QWidget, "volume_down"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QWidget, "brightness_up"), Qt.MouseButton.LeftButton)

    assert page.volume.text() == "80 %"
    assert speaker.level == 80
    assert _played(speaker) == round(loud * 0.8)
    assert read_toml(config)["devices"]["audio"]["volume"] == 80
    assert page.brightness.text() == "60 %"
    assert (sysfs / "brightness").read_text() == "120"


def test_the_volume_stops_at_silence_and_brightness_never_goes_dark(
    qtbot: QtBot, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('terminal_id = "K001"\n')
    sysfs = tmp_path / "backlight" / "panel0"
    sysfs.mkdir(parents=True)
    (sysfs / "max_brightness").write_text("100\n")
    (sysfs / "brightness").write_text("10\n")
    speaker = WavSpeaker(tmp_path / "audio", pace=0.0)
    page = SoundScreenPage(config, 10, find_backlight(tmp_path / "backlight"), speaker)
    qtbot.addWidget(page)
    for name in ("volume_down", "volume_down", "brightness_down", "brightness_down"):
        qtbot.mouseClick(page.findChild(QWidget, name), Qt.MouseButton.LeftButton)
    assert page.volume.text() == "0 %" and speaker.level == 0
    assert _played(speaker) == 0
    assert (sysfs / "brightness").read_text() == "5"
