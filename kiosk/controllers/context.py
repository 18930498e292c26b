"""What the controllers share, each built once per shell: the voice that reads screens aloud,
the outbox opened on first use, and the plain question "is this device working?"."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from config.settings import TerminalSettings
from devices.base import Device
from devices.speech.port import Speech
from devices.speech.prompts import MessageId
from devices.xfs import DeviceStatus
from kiosk.flows.journey import Journey
from kiosk.flows.spoken_prompt import plan_prompt
from kiosk.i18n.catalogue import Catalogue
from kiosk.i18n.translator import SOURCE_LANGUAGE
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

SAY_TIMEOUT_S = 30.0


def online(device: Device | None) -> bool:
    """A port the driver gives (not None) and that reports itself online."""
    return device is not None and device.status() is DeviceStatus.ONLINE


class Spoken(NamedTuple):
    """What was said last: its text and, for a screen's prompt, the catalogue's message id
    (context, source text) a recorded prompt pack is keyed by."""

    text: str
    message: MessageId | None = None


class Voice:
    """Reads text aloud in the journey's language; the idle clock stands still meanwhile.

    It remembers what it said last, for the "repeat" control on every screen. A catalogue
    message is said from the prompt pack's recording where there is one."""

    def __init__(
        self,
        speech: Speech | None,
        journey: Journey,
        tasks: Tasks,
        clock: Callable[[], float],
    ) -> None:
        self._speech = speech
        self._journey = journey
        self._tasks = tasks
        self._clock = clock
        self._catalogues: dict[str, Catalogue] = {}
        # shows (True) or hides the "spoken in Chinese" note; the shell connects its widget
        self.note: Callable[[bool], None] = lambda _shown: None
        self.last: Spoken | None = None
        self.said = 0  # how many things were said: the router checks whether a screen spoke
        # said instead of the next screen's own prompt (the robot's greeting on the home screen)
        self.opening: MessageId | None = None

    def say(self, text: str, pause_idle: bool = True, message: MessageId | None = None) -> None:
        """`pause_idle` is False for the idle warning itself, whose countdown must go on;
        `message` is the catalogue id of a prompt, said from its recording where there is one."""
        self.said += 1
        if pause_idle or message is not None:  # not the idle warning's countdown
            self.last = Spoken(text, message)
        if message is not None:
            self._say_planned(message, None, pause_idle)
            return
        speech = self._speech
        if speech is None or not online(speech):
            return
        lang = self._journey.language
        idle = self._journey.idle
        if pause_idle:
            idle.pause("speaking")
        self._tasks.run(
            "speech",
            lambda: speech.say(text, lang, SAY_TIMEOUT_S),
            lambda _result: idle.resume("speaking", self._clock()),
        )

    def say_message(self, message: MessageId, lang: str | None = None) -> None:
        """Say a catalogue message (context, source) in `lang` (default: the journey's): the
        prompt pack's recording where there is one, else synthesis, else the stand-in
        language with the on-screen note (kiosk.flows.spoken_prompt)."""
        self.said += 1
        self.last = Spoken(self._text_in(message, lang or self._journey.language), message)
        self._say_planned(message, lang, True)

    def _say_planned(self, message: MessageId, lang: str | None, pause_idle: bool) -> None:
        speech = self._speech
        if speech is None or not online(speech):
            return
        plan = plan_prompt(
            message, lang or self._journey.language, speech.has_recording, self._text_in
        )
        self.note(plan.note)
        idle = self._journey.idle
        if pause_idle:
            idle.pause("speaking")
        self._tasks.run(
            "speech",
            lambda: speech.say_message(message, plan.text, plan.lang, SAY_TIMEOUT_S),
            lambda _result: idle.resume("speaking", self._clock()),
        )

    def _text_in(self, message: MessageId, lang: str) -> str:
        if lang == SOURCE_LANGUAGE:
            return message.source
        if lang not in self._catalogues:
            self._catalogues[lang] = Catalogue.load(lang)
        return self._catalogues[lang].text(message)

    def repeat(self) -> bool:
        """Say again what this screen said last; False when it said nothing yet."""
        last = self.last
        if last is None:
            return False
        self.stop()
        self.say(last.text, pause_idle=last.message is None, message=last.message)
        return True

    def set_pace(self, pace: float) -> None:
        """A share of the voice's default rate: the elders' mode speaks slower."""
        if self._speech is not None:
            self._speech.set_pace(pace)

    def stop(self) -> None:
        """Speech belongs to a screen: cut when the screen changes."""
        self.note(False)
        if self._speech is not None:
            self._speech.stop()

    def new_journey(self) -> None:
        """And to a resident: reset (volume and pace) when the journey ends."""
        self.note(False)
        if self.last is not None and self.last.message is None:
            self.last = None  # a screen's own words may name the resident; a prompt does not
        if self._speech is not None:
            self._speech.new_journey()


class Outbox:
    """The encrypted outbox, opened on first use (SQLite and AES are not needed at start-up);
    a missing device key is an exception the calling screen turns into a plain message."""

    def __init__(self, settings: TerminalSettings) -> None:
        self._settings = settings
        self._store: OutboxStore | None = None
        # the heartbeat reads the backlog from the network thread: one store, opened once
        self._lock = threading.Lock()

    def __call__(self) -> OutboxStore:
        with self._lock:
            if self._store is None:
                from api_client.outbox.files import open_outbox

                self._store = open_outbox(self._settings.data_dir, self._settings.terminal_id)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
