"""Who may enter technician mode: each technician's own PIN, checked against the salted
hashes pushed with the configuration (offline), behind the lock-out; every attempt is told to
`journal` (the outbox carries it to the central journal). A PIN is never logged or kept."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from api_client.schemas import TerminalEventName
from config.pin import verify_pin
from config.settings import Technician, TerminalSettings
from kiosk.technician.lockout import Lockout

log = logging.getLogger(__name__)

LOCAL_NAME = "local"  # the technician_pin set with `lexkiosk config set technician_pin`

Journal = Callable[[TerminalEventName, str, str], None]


@dataclass(frozen=True)
class Attempt:
    technician: str | None  # who entered; None when refused
    locked_s: float  # seconds before the next try is allowed (0: try again now)


def technicians_of(settings: TerminalSettings) -> list[Technician]:
    found = list(settings.technicians)
    if settings.technician_pin_hash:
        found.append(Technician(name=LOCAL_NAME, pin_hash=settings.technician_pin_hash))
    return found


class Access:
    def __init__(
        self, technicians: Sequence[Technician], lockout: Lockout, journal: Journal
    ) -> None:
        self._technicians = list(technicians)
        self._lockout = lockout
        self._journal = journal

    @property
    def anyone(self) -> bool:
        """Whether any technician may enter here at all."""
        return bool(self._technicians)

    def remaining_s(self) -> float:
        return self._lockout.remaining_s()

    def attempt(self, pin: str) -> Attempt:
        locked = self._lockout.remaining_s()
        if locked > 0:
            return Attempt(None, locked)  # not even checked: the lock-out holds
        for technician in self._technicians:
            if verify_pin(pin, technician.pin_hash):
                self._lockout.succeeded()
                log.info("technician %s entered technician mode", technician.name)
                self._journal("technician.entered", technician.name, "")
                return Attempt(technician.name, 0.0)
        lock = self._lockout.failed()
        failures = self._lockout.failures
        log.warning("wrong technician PIN (%d in a row)", failures)
        self._journal("technician.refused", "", f"wrong PIN, {failures} in a row")
        if lock:
            self._journal("technician.locked_out", "", f"locked for {lock:.0f} s")
        return Attempt(None, lock)

    def left(self, technician: str) -> None:
        self._journal("technician.left", technician, "")
