"""The one router: the navigator names a screen, the router brings up the table's widget and
runs what the owning controller registered for it (before it is shown, after it is shown, and
when the resident goes to any other screen)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.controllers.context import Spoken, Voice
from kiosk.controllers.prompts import prompt_for, translated
from kiosk.flows.journey import ATTRACT
from kiosk.screens.table import table_key
from kiosk.window import MainWindow

Hook = Callable[[str], None]  # gets the navigator's screen id


@dataclass
class _Hooks:
    prepare: Hook | None = None  # before the screen is shown: fill it
    enter: Hook | None = None  # once it is shown: focus, speech, devices
    leave: Callable[[], None] | None = None  # the resident went to another screen


class Router:
    def __init__(self, window: MainWindow, voice: Voice) -> None:
        self._window = window
        self._voice = voice
        self._hooks: dict[str, _Hooks] = {}

    def register(
        self,
        screen_id: str,
        prepare: Hook | None = None,
        enter: Hook | None = None,
        leave: Callable[[], None] | None = None,
    ) -> None:
        """One controller owns a screen: registering it twice is a wiring mistake."""
        if screen_id in self._hooks:
            raise ValueError(f"screen {screen_id!r} is registered twice")
        self._window.screen_for(screen_id)  # KeyError: not in kiosk.screens.table
        self._hooks[screen_id] = _Hooks(prepare, enter, leave)

    def show(self, screen_id: str) -> None:
        widget = self._window.screen_for(screen_id)  # KeyError for an unknown id
        key = table_key(screen_id)
        self._voice.stop()
        self._voice.last = None  # "repeat" says this screen's words, not the last screen's
        for other, hooks in self._hooks.items():
            if other != key and hooks.leave is not None:
                hooks.leave()
        hooks = self._hooks.get(key, _Hooks())
        if hooks.prepare is not None:
            hooks.prepare(screen_id)
        self._window.stack.setCurrentWidget(widget)
        said = self._voice.said
        if hooks.enter is not None:
            hooks.enter(screen_id)
        if self._voice.said == said:  # the screen said nothing of its own: say its prompt
            self.speak_prompt(screen_id)

    def speak_prompt(self, screen_id: str) -> None:
        """The screen's prompt, as it appears; the attract screen waits for someone to ask
        (it is shown to an empty hall after every journey)."""
        prompt, self._voice.opening = self._voice.opening or prompt_for(screen_id), None
        if prompt is None:
            return
        if screen_id == ATTRACT:
            self._voice.last = Spoken(translated(prompt), prompt)
            return
        # A title-length prompt does not hold the idle clock (a screen's own reading does).
        self._voice.say(translated(prompt), pause_idle=False, message=prompt)
