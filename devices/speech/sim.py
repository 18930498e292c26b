"""A speech emulator that keeps how much was said per language, never what was said."""

from __future__ import annotations

from collections import Counter

from devices.base import EventSource
from devices.speech.prompts import MessageId, PromptFolder
from devices.xfs import Completion, CompletionCode, DeviceFamily, DeviceStatus


class SimSpeech(EventSource):
    def __init__(self, languages: list[str], prompts: PromptFolder | None = None) -> None:
        super().__init__(DeviceFamily.SPEECH, DeviceStatus.ONLINE)
        self._languages = list(languages)
        self.prompts = prompts
        self.utterances: Counter[str] = Counter()
        self.recorded: Counter[str] = Counter()  # prompts played from the pack, per language
        self.interruptions = 0
        self.journeys = 0
        self.pace = 1.0

    def capabilities(self) -> dict[str, object]:
        return {"languages": self._languages, "emulated": True}

    def languages(self) -> list[str]:
        return list(self._languages)

    def say(self, text: str, lang: str, timeout_s: float) -> Completion[None]:
        if lang not in self._languages:
            return Completion(CompletionCode.UNSUPPORTED_COMMAND, detail=f"no voice for {lang!r}")
        self.utterances[lang] += 1
        return Completion(CompletionCode.SUCCESS)

    def has_recording(self, message: MessageId, lang: str) -> bool:
        return self.prompts is not None and self.prompts.path_for_message(message, lang).is_file()

    def say_message(
        self, message: MessageId, text: str, lang: str, timeout_s: float
    ) -> Completion[None]:
        if self.has_recording(message, lang):
            self.recorded[lang] += 1
            return Completion(CompletionCode.SUCCESS)
        return self.say(text, lang, timeout_s)

    def stop(self) -> None:
        """Nothing is ever mid-sentence in the emulator; it only counts interruptions."""
        self.interruptions += 1

    def new_journey(self) -> None:
        """The emulator has no volume to reset; it counts journeys and resets the pace."""
        self.journeys += 1
        self.pace = 1.0

    def set_pace(self, pace: float) -> None:
        self.pace = pace

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
