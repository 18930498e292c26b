"""What comes after what: attract -> home -> a service, and how a journey ends."""

from __future__ import annotations

import enum

from kiosk.flows.idle import IdleGuard
from kiosk.flows.navigation import Navigator
from kiosk.flows.observable import Observable
from kiosk.flows.services import service_by_id
from kiosk.flows.session import ResidentSession

ATTRACT = "attract"
HOME = "home"
SERVICE_PREFIX = "service:"


class EndReason(enum.Enum):
    FINISHED = "finished"
    IDLE = "idle"


class Journey:
    """Drives the navigator; the screens only call these methods and show what is on top."""

    def __init__(
        self, navigator: Navigator, session: ResidentSession, idle: IdleGuard, default_lang: str
    ) -> None:
        self.navigator = navigator
        self.session = session
        self.idle = idle
        self.default_lang = default_lang
        self.language_changed: Observable[str] = Observable()
        self.ended: Observable[EndReason] = Observable()

    @property
    def language(self) -> str:
        return self.session.language or self.default_lang

    def start(self, now: float) -> None:
        """A touch on the attract screen."""
        self.idle.arm(now)
        self.navigator.reset(HOME)

    def choose_language(self, lang: str) -> None:
        if lang != self.language:
            self.session.language = lang
            self.language_changed.emit(lang)

    def open_service(self, service_id: str) -> None:
        service_by_id(service_id)  # unknown ids are a programming error
        self.navigator.push(SERVICE_PREFIX + service_id)

    def back(self) -> None:
        self.navigator.pop()

    def end(self, reason: EndReason) -> None:
        """Wipe everything about the resident and return to the attract screen."""
        had_language = self.session.language is not None
        self.session.wipe()
        self.idle.disarm()
        self.navigator.reset(ATTRACT)
        if had_language:
            self.language_changed.emit(self.default_lang)
        self.ended.emit(reason)
