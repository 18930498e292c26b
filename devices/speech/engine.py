"""pyttsx3 on espeak-ng, owned by one thread, rendering text to an AudioClip through a WAV file.

pyttsx3 hangs when driven from several threads, so a single `OwnerThread` holds the engine and
every render is a call on it with a timeout; a render that does not return marks the worker hung
and `restart()` gives the next render a fresh thread and engine. The engine's own playback
(`say`) is never used: it shells out to `aplay`; audio goes through our speaker port instead.
"""

from __future__ import annotations

import contextlib
import io
import logging
import tempfile
import threading
from pathlib import Path
from typing import Any

from devices.audio.port import AudioClip
from devices.errors import DeviceError
from devices.worker import OwnerThread
from devices.xfs import DeviceFamily

log = logging.getLogger(__name__)


def _make_engine() -> Any:
    import pyttsx3

    try:
        return pyttsx3.Engine("espeak")
    except (RuntimeError, OSError, ImportError) as err:  # libespeak-ng missing or broken
        raise DeviceError(DeviceFamily.SPEECH, "the espeak-ng speech engine is missing") from err


def voice_ids(engine: Any, wanted: dict[str, str]) -> dict[str, str]:
    """Map each language to an installed voice id: `cmn` -> `sit/cmn`, `en` -> `gmw/en`."""
    found: dict[str, str] = {}
    voices = list(engine.getProperty("voices"))
    for lang, code in wanted.items():
        for voice in voices:
            langs = [str(x) for x in (voice.languages or [])]
            if voice.id == code or voice.id.endswith("/" + code) or code in langs:
                found[lang] = voice.id
                break
    return found


class EspeakEngine:
    """Renders speech; `stall` is the fault-injection hook that makes the next render hang."""

    def __init__(self, voices: dict[str, str], timeout_s: float = 5.0) -> None:
        self.timeout_s = timeout_s
        self._wanted = dict(voices)
        self._worker: OwnerThread[Any] = OwnerThread(DeviceFamily.SPEECH, "espeak", _make_engine)
        self.stall = threading.Event()
        # A stalled worker is never woken: espeak-ng is one global library, and two engines
        # synthesising at once crash the process. An abandoned worker stays parked for good.
        self._parked = threading.Event()
        self._tmp = Path(tempfile.mkdtemp(prefix="lexkiosk-speech-"))
        self.voices: dict[str, str] = self._worker.call(
            lambda e: voice_ids(e, self._wanted), self.timeout_s, "listing voices"
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
            lambda e: self._render_on_owner(e, text, voice, rate, volume),
            self.timeout_s,
            "speaking",
        )

    def _render_on_owner(
        self, engine: Any, text: str, voice: str, rate: int, volume: float
    ) -> AudioClip:
        if self.stall.is_set():
            self.stall.clear()
            self._parked.wait()  # a hang, as pyttsx3 does when its loop wedges
        out = self._tmp / f"{threading.get_ident()}.wav"
        engine.setProperty("voice", voice)
        engine.setProperty("rate", rate)
        engine.setProperty("volume", volume)
        engine.save_to_file(text, str(out))
        with contextlib.redirect_stdout(io.StringIO()):  # the espeak driver prints the file name
            engine.runAndWait()
        try:
            return AudioClip.from_wav(out)
        finally:
            out.unlink(missing_ok=True)  # it holds what was said to a resident

    def restart(self) -> None:
        self._worker.restart()

    def close(self) -> None:
        self._worker.stop()
        for leftover in self._tmp.glob("*"):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self._tmp.rmdir()
