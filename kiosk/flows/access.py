"""The resident's look and pace: large text (the elders' mode) and high contrast.

Both are switched on the status strip of any screen and both are reset when the journey ends, so
the next resident starts with the default look. The elders' mode also doubles the idle time-outs
and slows speech down; what applies these is kiosk.controllers.access.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.flows.observable import Observable

ELDERS_IDLE_FACTOR = 2.0  # "enough time for every step": every idle time-out doubles
ELDERS_SPEECH_PACE = 0.7  # words per minute, as a share of the voice's default rate


@dataclass(frozen=True)
class Look:
    large_text: bool = False
    high_contrast: bool = False

    def switches(self) -> dict[str, bool]:
        return {"large_text": self.large_text, "high_contrast": self.high_contrast}

    @property
    def idle_factor(self) -> float:
        return ELDERS_IDLE_FACTOR if self.large_text else 1.0

    @property
    def speech_pace(self) -> float:
        return ELDERS_SPEECH_PACE if self.large_text else 1.0


class Access:
    """The current resident's look; `changed` tells the shell to restyle."""

    def __init__(self) -> None:
        self.look = Look()
        self.changed: Observable[Look] = Observable()

    def set_large_text(self, on: bool) -> None:
        self._set(replace(self.look, large_text=on))

    def set_high_contrast(self, on: bool) -> None:
        self._set(replace(self.look, high_contrast=on))

    def reset(self) -> None:
        """The journey ended: the next resident gets the default look."""
        self._set(Look())

    def _set(self, look: Look) -> None:
        if look != self.look:
            self.look = look
            self.changed.emit(look)
