"""Speech port: say a text in a language; a new screen interrupts what is being said."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from devices.base import Device
from devices.speech.prompts import MessageId
from devices.xfs import Completion


@runtime_checkable
class Speech(Device, Protocol):
    def say(self, text: str, lang: str, timeout_s: float) -> Completion[None]: ...

    def say_message(
        self, message: MessageId, text: str, lang: str, timeout_s: float
    ) -> Completion[None]:
        """Say a catalogue message: its recording in `lang` where the prompt pack has one,
        else `text` (the message translated into `lang`) synthesised."""
        ...

    def has_recording(self, message: MessageId, lang: str) -> bool: ...

    def stop(self) -> None:
        """Interrupt what is said and queued: the screen it belonged to is gone."""
        ...

    def new_journey(self) -> None:
        """A new resident: stop the last one's speech and reset the volume and pace."""
        ...

    def set_pace(self, pace: float) -> None:
        """Speak at `pace` times the default rate (the elders' mode speaks slower)."""
        ...

    def languages(self) -> list[str]: ...
