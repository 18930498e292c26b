"""The speech device: a queue of utterances with priorities, spoken through the speaker port.

One player thread takes the most urgent utterance, has the engine render it and plays it on the
speaker in 20 ms chunks, so `interrupt()` (the screen changed) stops it within a chunk. Each
journey starts at the default volume. A language without a voice is spoken from prerecorded
prompts when there is one, and otherwise refused with a plain reason.
"""

from __future__ import annotations

import enum
import itertools
import logging
import queue
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from devices.audio.port import AudioClip, Speaker
from devices.base import EventSource
from devices.errors import DeviceError
from devices.speech.engine import EspeakEngine
from devices.speech.prompts import MessageId, PromptFolder, PromptLibrary
from devices.xfs import Completion, CompletionCode, DeviceFamily, DeviceStatus

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"zh": "Chinese", "en": "English", "mn": "Mongolian"}


class Priority(enum.IntEnum):
    URGENT = 0  # "please take your ID card"
    NORMAL = 1  # screen guidance
    LOW = 2  # hints, attract loop


@dataclass(order=True)
class _Utterance:
    priority: int
    seq: int
    text: str = field(compare=False)
    lang: str = field(compare=False)
    generation: int = field(compare=False)
    message: MessageId | None = field(compare=False, default=None)
    done: Future[Completion[None]] = field(compare=False, default_factory=Future)


class TtsSpeech(EventSource):
    """espeak-ng speech played through `speaker` (a WAV emulator or the real one)."""

    def __init__(
        self,
        speaker: Speaker,
        voices: dict[str, str],
        rate: int = 160,
        volume: float = 0.9,
        prompts: PromptLibrary | None = None,
        render_timeout_s: float = 5.0,
    ) -> None:
        super().__init__(DeviceFamily.SPEECH, DeviceStatus.STARTING)
        self.speaker = speaker
        self.rate = rate
        self.default_volume = volume
        self.volume = volume
        self.pace = 1.0
        self.prompts = prompts
        self.engine = EspeakEngine(voices, render_timeout_s)
        self.message = ""
        self._queue: queue.PriorityQueue[_Utterance] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._generation = 0
        self._cancel = threading.Event()
        self._closed = False
        self._player = threading.Thread(target=self._play_loop, name="speech-player", daemon=True)
        self._player.start()
        self.set_status(DeviceStatus.ONLINE)

    def capabilities(self) -> dict[str, object]:
        missing = [lang for lang in LANGUAGE_NAMES if lang not in self.languages()]
        return {
            "languages": self.languages(),
            "voices": dict(self.engine.voices),
            "noVoice": missing,
            "engine": "espeak-ng",
        }

    def languages(self) -> list[str]:
        prompted = self.prompts.languages() if self.prompts else []
        return sorted(set(self.engine.voices) | set(prompted))

    def speak(
        self,
        text: str,
        lang: str,
        priority: Priority = Priority.NORMAL,
        message: MessageId | None = None,
    ) -> Future[Completion[None]]:
        """Queue `text` (or `message`'s recording); the future ends with its completion."""
        item = _Utterance(int(priority), next(self._seq), text, lang, self._generation, message)
        if self._closed:
            item.done.set_result(Completion(CompletionCode.DEVICE_NOT_READY, detail="closed"))
        else:
            self._queue.put(item)
        return item.done

    def say(
        self, text: str, lang: str, timeout_s: float, priority: Priority = Priority.NORMAL
    ) -> Completion[None]:
        """Speak and wait until it has been said, interrupted, refused or timed out."""
        done = self.speak(text, lang, priority)
        try:
            return done.result(timeout=timeout_s)
        except FutureTimeout:
            done.cancel()
            return Completion(CompletionCode.TIME_OUT, detail=f"not said within {timeout_s:g} s")

    def say_message(
        self, message: MessageId, text: str, lang: str, timeout_s: float
    ) -> Completion[None]:
        """The pack's recording of `message` in `lang` if there is one, else `text` spoken."""
        done = self.speak(text, lang, Priority.NORMAL, message)
        try:
            return done.result(timeout=timeout_s)
        except FutureTimeout:
            done.cancel()
            return Completion(CompletionCode.TIME_OUT, detail=f"not said within {timeout_s:g} s")

    def has_recording(self, message: MessageId, lang: str) -> bool:
        prompts = self.prompts
        return (
            isinstance(prompts, PromptFolder) and prompts.path_for_message(message, lang).is_file()
        )

    def stop(self) -> None:
        """Interrupt: the screen changed, so what is queued or being said no longer applies."""
        self._generation += 1
        self._cancel.set()

    def new_journey(self) -> None:
        """A new resident: silence the last one's speech and go back to the default volume."""
        self.stop()
        self.volume = self.default_volume
        self.pace = 1.0

    def set_pace(self, pace: float) -> None:
        """A share of the default rate, kept within what espeak-ng speaks intelligibly."""
        self.pace = min(1.5, max(0.5, pace))

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))

    def check_health(self) -> DeviceStatus:
        """Restart a hung engine worker; the manager calls this on every health poll."""
        if self.engine.hung:
            log.warning("speech engine hung; restarting it")
            self.engine.restart()
            self.message = "The voice stopped responding and was restarted."
        if self.speaker.status() is not DeviceStatus.ONLINE:
            self.set_status(DeviceStatus.HARDWARE_ERROR)
            self.message = "The loudspeaker is not working."
        else:
            self.set_status(DeviceStatus.ONLINE)
        return self.status()

    def _play_loop(self) -> None:
        while not self._closed:
            item = self._queue.get()
            if self._closed:
                item.done.set_result(Completion(CompletionCode.CANCELED, detail="closed"))
                break
            if not item.done.set_running_or_notify_cancel():
                continue
            if item.generation != self._generation:
                item.done.set_result(Completion(CompletionCode.CANCELED, detail="interrupted"))
                continue
            self._cancel.clear()
            try:
                item.done.set_result(self._speak_now(item))
            except Exception as err:  # keep the player alive whatever a driver raised
                log.exception("speech failed")
                item.done.set_result(Completion(CompletionCode.HARDWARE_ERROR, detail=str(err)))

    def _speak_now(self, item: _Utterance) -> Completion[None]:
        clip = self._recorded(item) or self._clip_for(item.text, item.lang)
        if isinstance(clip, Completion):
            return clip
        if item.generation != self._generation:
            return Completion(CompletionCode.CANCELED, detail="interrupted")
        return self.speaker.play(clip, self._cancel, timeout_s=clip.duration_s + 5.0)

    def _recorded(self, item: _Utterance) -> AudioClip | None:
        if item.message is None or not isinstance(self.prompts, PromptFolder):
            return None
        return self.prompts.lookup_message(item.message, item.lang)

    def _clip_for(self, text: str, lang: str) -> AudioClip | Completion[None]:
        if self.prompts is not None and (recorded := self.prompts.lookup(text, lang)):
            return recorded
        if lang not in self.engine.voices:
            name = LANGUAGE_NAMES.get(lang, lang)
            return Completion(
                CompletionCode.UNSUPPORTED_COMMAND,
                detail=f"No {name} voice is installed and this sentence has no recorded prompt.",
            )
        try:
            clip = self.engine.render(text, lang, round(self.rate * self.pace), self.volume)
        except DeviceError as err:
            self.set_status(DeviceStatus.HARDWARE_ERROR)
            self.message = "The voice is not responding; it will be restarted."
            return Completion(err.code, detail=str(err))
        return clip.trim_leading_silence()

    def close(self) -> None:
        self._closed = True
        self.stop()
        self._queue.put(_Utterance(-1, -1, "", "", -1))
        self._player.join(2.0)
        self.engine.close()
        self.set_status(DeviceStatus.OFFLINE)
