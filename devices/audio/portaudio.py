"""The real speaker and microphone through PortAudio (sounddevice), the platform audio system.

On a machine without a sound device (or without libportaudio2) both report `noDevice` with the
reason, and every command ends `deviceNotReady`; nothing raises past this module.
"""

from __future__ import annotations

import importlib
import logging
import threading
from types import ModuleType
from typing import Any

from devices.audio.port import AudioClip, at_level
from devices.base import EventSource
from devices.errors import DeviceError, DeviceNotReady, DeviceTimeout
from devices.xfs import Completion, CompletionCode, DeviceFamily, DeviceStatus

log = logging.getLogger(__name__)


def _portaudio() -> tuple[ModuleType | None, str]:
    try:
        return importlib.import_module("sounddevice"), ""
    except OSError as err:  # the PortAudio library itself is missing
        return None, f"PortAudio is not installed ({err})"


def _find(kind: str) -> tuple[ModuleType | None, str]:
    sd, reason = _portaudio()
    if sd is None:
        return None, reason
    try:
        sd.query_devices(kind=kind)
    except Exception as err:  # PortAudioError or ValueError: no such device
        log.debug("no %s sound device: %s", kind, err)
        return None, f"no sound {kind} device"
    return sd, ""


class PortAudioSpeaker(EventSource):
    def __init__(self) -> None:
        super().__init__(DeviceFamily.SPEAKER, DeviceStatus.STARTING)
        self._sd, self.reason = _find("output")
        self.set_status(DeviceStatus.ONLINE if self._sd else DeviceStatus.NO_DEVICE)
        self.level = 100  # percent: the loudspeaker's volume (devices.audio.volume)

    def set_level(self, percent: int) -> None:
        self.level = max(0, min(100, int(percent)))

    def capabilities(self) -> dict[str, object]:
        return {"driver": "portaudio", **({"reason": self.reason} if self.reason else {})}

    def play(self, clip: AudioClip, cancel: threading.Event, timeout_s: float) -> Completion[None]:
        sd = self._sd
        if sd is None:
            return Completion(CompletionCode.DEVICE_NOT_READY, detail=self.reason)
        try:
            _stream_out(sd, at_level(clip, self.level), cancel, timeout_s)
        except DeviceError as err:
            return Completion(err.code, detail=str(err))
        except Exception as err:  # sounddevice.PortAudioError
            log.warning("speaker failed: %s", err)
            self.set_status(DeviceStatus.HARDWARE_ERROR)
            return Completion(CompletionCode.HARDWARE_ERROR, detail="the speaker stopped working")
        if cancel.is_set():
            return Completion(CompletionCode.CANCELED, detail="interrupted")
        return Completion(CompletionCode.SUCCESS)

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)


def _stream_out(sd: Any, clip: AudioClip, cancel: threading.Event, timeout_s: float) -> None:
    with sd.RawOutputStream(samplerate=clip.rate, channels=clip.channels, dtype="int16") as out:
        for chunk in clip.chunks(0.02):
            if cancel.is_set():
                return
            out.write(chunk)


class PortAudioMicrophone(EventSource):
    def __init__(self, rate: int = 16000) -> None:
        super().__init__(DeviceFamily.MICROPHONE, DeviceStatus.STARTING)
        self.rate = rate
        self._sd, self.reason = _find("input")
        self.set_status(DeviceStatus.ONLINE if self._sd else DeviceStatus.NO_DEVICE)

    def capabilities(self) -> dict[str, object]:
        return {
            "driver": "portaudio",
            "rate": self.rate,
            **({"reason": self.reason} if self.reason else {}),
        }

    def record(self, seconds: float, timeout_s: float) -> AudioClip:
        sd = self._sd
        if sd is None:
            raise DeviceNotReady(self.family, self.reason)
        if seconds > timeout_s:
            raise DeviceTimeout(self.family, "the recording is longer than its timeout")
        try:
            data = sd.rec(int(seconds * self.rate), samplerate=self.rate, channels=1, dtype="int16")
            sd.wait()
        except Exception as err:  # sounddevice.PortAudioError
            raise DeviceError(self.family, "the microphone stopped working") from err
        return AudioClip(self.rate, 1, bytes(data.tobytes()))

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
