"""Speech port: say a text in a language; a new screen interrupts what is being said."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from devices.base import Device
from devices.xfs import Completion


@runtime_checkable
class Speech(Device, Protocol):
    def say(self, text: str, lang: str, timeout_s: float) -> Completion[None]: ...

    def stop(self) -> None: ...

    def languages(self) -> list[str]: ...
