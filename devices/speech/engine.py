"""espeak-ng, owned by one thread, rendering text to an AudioClip in memory.

espeak-ng is one global library that hangs or crashes when driven from several threads, so a
single `OwnerThread` makes every call, each with a timeout; a render that does not return marks
the worker hung and `restart()` gives the next render a fresh thread. Synthesis is synchronous
(`devices.speech.libespeak`): the samples come back from the call that asked for them, so a busy
CPU can make a sentence late but never lose it, and no temporary file holds what was said.
"""

from __future__ import annotations

import threading

from devices.audio.port import AudioClip
from devices.errors import DeviceError
from devices.speech.libespeak import EspeakMissing, Library, Voice
from devices.worker import OwnerThread
from devices.xfs import DeviceFamily


def _open_library() -> Library:
    try:
        return Library.get()
    except EspeakMissing as err:
        raise DeviceError(DeviceFamily.SPEECH, "the espeak-ng speech engine is missing") from err


def voice_ids(voices: list[Voice], wanted: dict[str, str]) -> dict[str, str]:
    """Map each language to an installed voice id: `cmn` -> `sit/cmn`, `en` -> `gmw/en`."""
    found: dict[str, str] = {}
    for lang, code in wanted.items():
        for voice in voices:
            if voice.id == code or voice.id.endswith("/" + code) or voice.language == code:
                found[lang] = voice.id
                break
    return found


class EspeakEngine:
    """Renders speech; `stall` is the fault-injection hook that makes the next render hang."""

    def __init__(self, voices: dict[str, str], timeout_s: float = 5.0) -> None:
        self.timeout_s = timeout_s
        self._wanted = dict(voices)
        self._worker: OwnerThread[Library] = OwnerThread(
            DeviceFamily.SPEECH, "espeak", _open_library
        )
        self.stall = threading.Event()
        # A stalled worker is never woken: espeak-ng is one global library, and two threads
        # synthesising at once crash the process. An abandoned worker stays parked for good.
        self._parked = threading.Event()
        self.voices: dict[str, str] = self._worker.call(
            lambda lib: voice_ids(lib.voices(), self._wanted), self.timeout_s, "listing voices"
        )

    @property
    def hung(self) -> bool:
        return self._worker.hung

    @property
    def restarts(self) -> int:
        return self._worker.restarts

    def render(self, text: str, lang: str, rate: int, volume: float) -> AudioClip:
        """Synthesise `text` in the voice for `lang`; DeviceTimeout if the engine hangs."""
        voice = self.voices[lang]
        return self._worker.call(
            lambda lib: self._render_on_owner(lib, text, voice, rate, volume),
            self.timeout_s,
            "speaking",
        )

    def _render_on_owner(
        self, lib: Library, text: str, voice: str, rate: int, volume: float
    ) -> AudioClip:
        if self.stall.is_set():
            self.stall.clear()
            self._parked.wait()  # a hang, as the engine does when it wedges
        pcm = lib.synthesise(text, voice, rate, volume)
        if not pcm:
            raise DeviceError(DeviceFamily.SPEECH, "the speech engine produced no sound")
        return AudioClip(lib.sample_rate, 1, pcm)

    def restart(self) -> None:
        self._worker.restart()

    def close(self) -> None:
        self._worker.stop()
