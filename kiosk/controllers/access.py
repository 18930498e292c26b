"""Applies the resident's look (kiosk.flows.access) to the shell: the stylesheet for the
profile in large text and/or high contrast, idle time-outs doubled and slower speech in the
elders' mode, the idle warning as a full screen, and the strip's switches showing what is on.

The look's stylesheet is set on the screen in view, the strip and the idle warning, and on each
other screen as it comes into view, never on the whole application: restyling every widget of
all the screens at once took seconds on the terminal's two cores, restyling one screen does
not. The default look is the application's own stylesheet (kiosk.app)."""

from __future__ import annotations

from kiosk.controllers.context import Voice
from kiosk.flows.access import Access, Look
from kiosk.flows.idle import IdleGuard
from kiosk.qt import QWidget
from kiosk.screens.writing_mode import invalidate_all
from kiosk.theme import stylesheet_for
from kiosk.window import MainWindow


class AccessController:
    def __init__(self, window: MainWindow, profile: str, idle: IdleGuard, voice: Voice) -> None:
        self.access = Access()
        self._window = window
        self._profile = profile
        self._idle = idle
        self._voice = voice
        self._timeout_s = idle.timeout_s
        self._warning_s = idle.warning_s
        self._qss = ""  # "" is the application's stylesheet: the default look
        self.access.changed.connect(self._apply)
        strip = window.strip
        strip.large_text_chosen.connect(self.access.set_large_text)
        strip.high_contrast_chosen.connect(self.access.set_high_contrast)
        strip.repeat_requested.connect(voice.repeat)
        window.stack.currentChanged.connect(lambda _index: self._restyle_current())

    def reset(self) -> None:
        """The journey ended: default look, time-outs and pace for the next resident."""
        self.access.reset()

    def _apply(self, look: Look) -> None:
        default = look == Look()
        self._qss = "" if default else stylesheet_for(self._profile, **look.switches())
        window = self._window
        for widget in (window.strip, window.idle_warning):
            self._restyle(widget)
        self._restyle_current()
        self._idle.timeout_s = self._timeout_s * look.idle_factor
        self._idle.warning_s = self._warning_s * look.idle_factor
        self._voice.set_pace(look.speech_pace)
        window.idle_warning.set_full_screen(look.large_text)
        window.strip.show_look(look.large_text, look.high_contrast)

    def _restyle_current(self) -> None:
        current = self._window.stack.currentWidget()
        if current is not None:
            self._restyle(current)

    def _restyle(self, widget: QWidget) -> None:
        """Restyle and lay out again now, so the first paint (or a grab) has the new sizes."""
        if widget.styleSheet() == self._qss:
            return
        widget.setStyleSheet(self._qss)
        widget.ensurePolished()  # the widget and its children take the new fonts
        invalidate_all(widget)
        layout = widget.layout()
        if layout is not None:
            layout.activate()
