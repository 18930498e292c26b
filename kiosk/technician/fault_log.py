"""The last device events since the shell started (a card inserted, paper low, the camera
lost), kept for the technician's device page. Only the family and the kind: an event's detail
may describe a resident's card."""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass
from datetime import datetime

from devices.xfs import DeviceEvent

_SAFE = ("status", "level", "paper")


@dataclass(frozen=True)
class Fault:
    at: datetime
    family: str
    kind: str
    state: str  # the new status or paper level, when the event carries one

    def line(self) -> str:
        state = f" ({self.state})" if self.state else ""
        return f"{self.at:%H:%M:%S} {self.family}: {self.kind}{state}"


class FaultLog:
    def __init__(self, keep: int = 20) -> None:
        self._events: collections.deque[Fault] = collections.deque(maxlen=keep)
        self._lock = threading.Lock()

    def record(self, event: DeviceEvent) -> None:  # any device thread
        with self._lock:
            state = next((event.detail[k] for k in _SAFE if k in event.detail), "")
            self._events.append(Fault(event.at, event.family.value, event.kind.value, state))

    def recent(self) -> list[Fault]:
        with self._lock:
            return list(reversed(self._events))
