"""The idle guard: warn, then end the journey after inactivity, so no one's data is left behind.

Time is passed in (`now`), so the rules are tested without waiting.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class IdlePhase(enum.Enum):
    DISARMED = "disarmed"  # on the attract screen: nothing to protect
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass(frozen=True)
class IdleTick:
    phase: IdlePhase
    seconds_left: int
    can_extend: bool


class IdleGuard:
    def __init__(self, timeout_s: float, warning_s: float, max_extensions: int) -> None:
        if not 0 < warning_s < timeout_s:
            raise ValueError("warning_s must be positive and shorter than timeout_s")
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self.max_extensions = max_extensions
        self._phase = IdlePhase.DISARMED
        self._last_activity = 0.0
        self._extensions = 0
        self._pauses: set[str] = set()

    @property
    def phase(self) -> IdlePhase:
        return self._phase

    def arm(self, now: float) -> None:
        """A resident started a journey."""
        self._phase = IdlePhase.ACTIVE
        self._last_activity = now
        self._extensions = 0

    def disarm(self) -> None:
        self._phase = IdlePhase.DISARMED
        self._pauses.clear()

    def activity(self, now: float) -> None:
        """A touch, key or remote-control press. During the warning only `extend` counts."""
        if self._phase is IdlePhase.ACTIVE:
            self._last_activity = now

    def extend(self, now: float) -> bool:
        """The resident pressed "continue"; False when no extension is left."""
        if self._phase is not IdlePhase.WARNING or not self.can_extend:
            return False
        self._extensions += 1
        self._phase = IdlePhase.ACTIVE
        self._last_activity = now
        return True

    @property
    def can_extend(self) -> bool:
        return self._extensions < self.max_extensions

    @property
    def paused(self) -> bool:
        """True while printing, speaking or a call holds the clock."""
        return bool(self._pauses)

    def pause(self, reason: str) -> None:
        """Printing, speaking or a call: inactivity does not count meanwhile."""
        self._pauses.add(reason)

    def resume(self, reason: str, now: float) -> None:
        self._pauses.discard(reason)
        if not self._pauses and self._phase is IdlePhase.ACTIVE:
            self._last_activity = now

    def tick(self, now: float) -> IdleTick:
        if self._phase in (IdlePhase.DISARMED, IdlePhase.EXPIRED):
            return IdleTick(self._phase, 0, False)
        if self._pauses:
            self._last_activity = now
        left = self.timeout_s - (now - self._last_activity)
        if left <= 0:
            self._phase = IdlePhase.EXPIRED
        elif left <= self.warning_s:
            self._phase = IdlePhase.WARNING
        return IdleTick(self._phase, max(0, int(left + 0.999)), self.can_extend)
