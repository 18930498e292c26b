"""The hidden way in, only from the attract screen (no resident's journey is interrupted):
on touch profiles a long press (3 s) in the top-left corner, on the TV a digit sequence on
the remote. A short touch in the corner still starts the journey, on release."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.qt import QEvent, QKeyEvent, QMouseEvent, QObject, QPoint, QTimer, QWidget

HOLD_MS = 3000
CORNER_PX = 96
REMOTE_SEQUENCE = "31415926"


class Gesture(QObject):
    def __init__(
        self,
        window: QWidget,
        on_attract: Callable[[], bool],
        open_pin_pad: Callable[[], None],
        start_journey: Callable[[], None],
        touch: bool,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_attract = on_attract
        self._open = open_pin_pad
        self._start_journey = start_journey
        self._touch = touch
        self._typed = ""
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._held)
        self._holding = False
        self._fired = False

    def _in_corner(self, event: QMouseEvent) -> bool:
        local: QPoint = self._window.mapFromGlobal(event.globalPosition().toPoint())
        return 0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._touch and isinstance(event, QMouseEvent):
            return self._mouse(kind, event)
        # A key nobody took propagates up to the window: counted there, once.
        if (
            not self._touch
            and watched is self._window
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            self._key(event)
        return False

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        if kind == QEvent.Type.MouseButtonPress:
            if self._holding:
                return True  # the same press, seen by a parent widget
            if self._on_attract() and self._in_corner(event):
                self._holding, self._fired = True, False
                self._hold.start()
                return True  # held back: the attract screen would start a journey at once
            return False
        if kind == QEvent.Type.MouseButtonRelease and self._holding:
            self._holding = False
            self._hold.stop()
            if not self._fired:
                self._start_journey()  # a short touch in the corner: a resident
            return True
        return False

    def _held(self) -> None:
        self._fired = True
        self._open()

    def _key(self, event: QKeyEvent) -> None:
        text = event.text()
        if not (text.isdigit() and len(text) == 1) or not self._on_attract():
            self._typed = ""
            return
        self._typed = (self._typed + text)[-len(REMOTE_SEQUENCE) :]
        if self._typed == REMOTE_SEQUENCE:
            self._typed = ""
            self._open()
