"""What every device offers, whatever its family: status, capabilities and events."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from devices.xfs import DeviceEvent, DeviceFamily, DeviceStatus, EventKind

log = logging.getLogger(__name__)

EventListener = Callable[[DeviceEvent], None]


@runtime_checkable
class Device(Protocol):
    """The common part of every port."""

    family: DeviceFamily

    def status(self) -> DeviceStatus: ...

    def capabilities(self) -> dict[str, object]: ...

    def subscribe(self, listener: EventListener) -> Callable[[], None]: ...

    def close(self) -> None: ...


class EventSource:
    """Thread-safe fan-out of unsolicited events and status changes to listeners.

    Listeners run on the thread that raised the event; the shell re-posts them to the UI
    thread. A listener that raises is logged and does not stop the others.
    """

    def __init__(self, family: DeviceFamily, status: DeviceStatus = DeviceStatus.STARTING) -> None:
        self.family = family
        self._status = status
        self._listeners: list[EventListener] = []
        self._listeners_lock = threading.Lock()

    def status(self) -> DeviceStatus:
        return self._status

    def subscribe(self, listener: EventListener) -> Callable[[], None]:
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, kind: EventKind, **detail: str) -> None:
        event = DeviceEvent(self.family, kind, dict(detail))
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("device event listener failed for %s %s", self.family, kind)

    def set_status(self, status: DeviceStatus) -> None:
        if status is self._status:
            return
        self._status = status
        self.emit(EventKind.STATUS_CHANGED, status=status.value)
