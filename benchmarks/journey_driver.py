"""Drives resident journeys through the real widgets (clicks and key presses sent as QTest
sends them), offscreen, and times each screen change from the click to the new screen's first
paint."""

from __future__ import annotations

import time
from collections.abc import Callable

from benchmarks.qt_input import click, type_text
from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.qt import QApplication, QCoreApplication, QEvent, QObject, Qt, QWidget
from kiosk.shell import Shell


class PaintClock(QObject):
    """Remembers when each watched widget was last painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[int, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted[id(watched)] = time.perf_counter()
        return False


def wait(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Turn the event loop until `condition`. processEvents() outside app.exec() leaves
    deleteLater() objects alone, which the running shell's loop deletes: do it here too, or
    every deleted QML delegate would look like a leak."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the shell did not get there in time")
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.001)


class Driver:
    """One shell, clicked through like a resident would; `changes` holds screen change times."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.w = shell.window
        self.clock = PaintClock()
        for index in range(self.w.stack.count()):
            page = self.w.stack.widget(index)
            if page is not None:
                page.installEventFilter(self.clock)
        self.changes: list[float] = []

    def press(self, widget: QWidget) -> None:
        click(widget)

    def change(self, widget: QWidget) -> None:
        """Click something that changes the screen; time it until the new screen is painted."""
        before = self.w.stack.currentWidget()
        start = time.perf_counter()
        click(widget)

        def painted() -> bool:
            now = self.w.stack.currentWidget()
            return now is not before and self.clock.painted.get(id(now), 0.0) > start

        wait(painted, 5.0)
        current = self.w.stack.currentWidget()
        self.changes.append(self.clock.painted[id(current)] - start)

    def hotline(self, phone: str, comment: str) -> None:
        w = self.w
        self.change(w.attract.start_button)
        self.change(w.home.tiles["hotline"])
        for digit in phone:
            self.press(w.hotline.keypad.keys[digit])
        self.press(w.hotline.request_button)
        self.change(w.hotline.done_button)
        self.press(w.rating.faces[4])
        type_text(w.rating.comment, comment)
        self.change(w.rating.send_button)

    def browse(self) -> None:
        w = self.w
        self.change(w.attract.start_button)
        self.change(w.home.tiles["documents"])
        self.change(w.service.back_button)
        self.change(w.home.finish_button)  # a service was opened: rate it, or skip
        self.change(w.rating.skip_button)

    def legal_aid(self, sequence: int, phone: str, pinyin: list[str]) -> None:
        w = self.w
        self.change(w.attract.start_button)
        self.change(w.home.tiles["legal_aid"])
        self.change(w.consent.agree_button)
        reader = self.shell.devices.devices[DeviceFamily.ID_READER]
        reader.place(synthetic_card(sequence))  # type: ignore[attr-defined]
        wait(w.identify.continue_button.isEnabled)
        self.change(w.identify.continue_button)
        for question in QUESTIONS:
            self.press(w.aid_questions.yes[question.id])
        self.change(w.aid_questions.next_button)
        type_text(w.aid_details.phone_edit, phone)
        edit = w.aid_details.description_edit
        edit.setFocus()
        keyboard = w.keyboard
        assert keyboard is not None
        for word in pinyin:  # typed on the on-screen keyboard, as residents do
            keyboard.type_pinyin(word)
            keyboard.press(Qt.Key.Key_Space, " ")
        wait(w.aid_details.next_button.isEnabled)  # at least 5 characters committed
        self.change(w.aid_details.next_button)
        self.change(w.aid_review.submit_button)
        wait(w.aid_receipt.done_button.isEnabled)
        self.change(w.aid_receipt.done_button)
        self.change(w.rating.skip_button)  # the card is still on the reader: the reminder
        reader.take_off()  # type: ignore[attr-defined]
        wait(lambda: w.stack.currentWidget() is w.attract)
