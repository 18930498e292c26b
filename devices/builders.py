"""One function per device family: the configured driver, built, or why it cannot be.

Real drivers are imported only when configured, so a terminal (or a test) on emulators does not
need CUPS, espeak-ng or PortAudio installed. A driver that fails to start becomes an
`UnavailableDevice` carrying a plain reason instead of stopping the whole terminal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from config.settings import DeviceSettings
from devices.audio.port import Speaker
from devices.base import Device, EventSource
from devices.xfs import DeviceFamily, DeviceStatus

log = logging.getLogger(__name__)


class UnavailableDevice(EventSource):
    """Stands in for a family whose configured driver cannot be used; always `noDevice`."""

    def __init__(self, family: DeviceFamily, reason: str) -> None:
        super().__init__(family, DeviceStatus.NO_DEVICE)
        self.reason = reason
        self.message = reason

    def capabilities(self) -> dict[str, object]:
        return {"reason": self.reason}

    def close(self) -> None:
        """Nothing to release."""


def guarded(family: DeviceFamily, build: Callable[[], Device]) -> Device:
    """Build a device; any failure becomes an UnavailableDevice with a plain reason."""
    try:
        return build()
    except Exception as err:  # a driver's set-up error of any kind must not stop the kiosk
        log.warning("%s driver could not start: %s", family.value, err)
        return UnavailableDevice(family, f"the {family.value} driver could not start: {err}")


def camera(settings: DeviceSettings) -> Device:
    cam = settings.camera
    if cam.driver == "opencv":
        from devices.camera.opencv import OpenCvCamera

        source: int | str = cam.source or cam.index
        return OpenCvCamera(source, cam.width, cam.height, cam.fps, stale_s=cam.stale_s)
    from devices.camera.scenes import scene_from
    from devices.camera.sim import SimCamera

    return SimCamera(cam.width, cam.height, cam.fps, scene_from(cam.files, cam.width, cam.height))


def printer(settings: DeviceSettings, data_dir: Path) -> Device:
    if settings.printer.driver == "cups":
        from devices.printer.cups import CupsPrinter

        device = CupsPrinter(settings.printer.queue)
        device.refresh()
        return device
    from devices.printer.sim import SimPrinter

    return SimPrinter(data_dir / "printed")


def speaker(settings: DeviceSettings, data_dir: Path) -> Device:
    if settings.audio.speaker == "portaudio":
        from devices.audio.portaudio import PortAudioSpeaker

        real = PortAudioSpeaker()
        real.set_level(settings.audio.volume)
        return real
    from devices.audio.sim import WavSpeaker

    emulated = WavSpeaker(settings.audio.wav_dir or data_dir / "audio", pace=1.0)
    emulated.set_level(settings.audio.volume)
    return emulated


def microphone(settings: DeviceSettings) -> Device:
    if settings.audio.microphone == "portaudio":
        from devices.audio.portaudio import PortAudioMicrophone

        return PortAudioMicrophone()
    from devices.audio.sim import WavMicrophone

    return WavMicrophone(settings.audio.microphone_wav)


def speech(settings: DeviceSettings, data_dir: Path, languages: list[str], out: Device) -> Device:
    voice = settings.speech
    if voice.driver in ("espeak-ng", "pyttsx3"):
        from devices.speech.prompts import PromptFolder
        from devices.speech.tts import TtsSpeech

        if not isinstance(out, Speaker):
            return UnavailableDevice(DeviceFamily.SPEECH, "there is no loudspeaker to speak with")
        return TtsSpeech(
            out,
            {str(lang): code for lang, code in voice.voices.items()},
            voice.rate,
            voice.volume,
            PromptFolder(data_dir / "prompts"),
            render_timeout_s=voice.timeout_s,
        )
    from devices.speech.prompts import PromptFolder
    from devices.speech.sim import SimSpeech

    return SimSpeech(languages, PromptFolder(data_dir / "prompts"))
