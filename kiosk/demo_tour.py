"""The scripted tour `make demo` runs without a display: it writes a PNG of each screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.connectivity import Link
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.qt import QApplication, Qt
from kiosk.shell import Shell


def _settle(until: float = 0.3) -> None:
    deadline = time.monotonic() + until
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _wait_link(shell: Shell, link: Link, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if shell.link is link:
            return True
        time.sleep(0.05)
    return False


class _ShiftedClock:
    """Monotonic time that the tour can move forward to show the idle warning."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


def _wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _legal_aid(shell: Shell, snap: Callable[[str], None]) -> str:
    """The legal aid journey with an emulated card and the pinyin keyboard."""
    w = shell.window
    w.home.tiles["legal_aid"].click()
    snap("consent")
    w.consent.agree_button.click()
    w.identify.type_button.click()
    w.identify.number_edit.setText("1101051960030")
    snap("identify-typing")
    w.identify.number_edit.clear()
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    place = getattr(reader, "place", None)
    if place is not None:
        place(synthetic_card(5))
    _wait(w.identify.continue_button.isEnabled)
    snap("identify-card")
    w.identify.continue_button.click()
    for question in QUESTIONS:
        w.aid_questions.yes[question.id].click()
    snap("aid-questions")
    w.aid_questions.next_button.click()
    w.aid_details.phone_edit.setText("13800138000")
    w.aid_details.description_edit.setFocus()
    keyboard = w.keyboard
    if keyboard is not None:
        for word in ("gongzi", "tuoqian", "sange", "yue"):
            keyboard.type_pinyin(word)
            keyboard.press(Qt.Key.Key_Space, " ")
    keyboard_typed = w.aid_details.description_edit.toPlainText()
    if len(keyboard_typed) < 5:
        w.aid_details.description_edit.setPlainText("工资被拖欠三个月")
    snap("aid-details-pinyin")
    w.aid_details.next_button.click()
    snap("aid-review")
    w.aid_review.submit_button.click()
    _wait(w.aid_receipt.done_button.isEnabled)
    snap("aid-receipt")
    tracking = w.aid_receipt.number.text()
    w.aid_receipt.done_button.click()
    w.rating.faces[5].click()
    snap("rating")
    w.rating.skip_button.click()
    snap("take-card")
    take_off = getattr(reader, "take_off", None)
    if take_off is not None:
        take_off()
    _wait(lambda: w.stack.currentWidget() is w.attract)
    return tracking


def run_tour(shell: Shell, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    clock = _ShiftedClock()
    shell.clock = clock
    shell.start()
    window = shell.window
    window.show()
    written: list[Path] = []

    def snap(name: str) -> None:
        _settle()
        path = out_dir / f"{len(written) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    try:
        _wait_link(shell, Link.CONNECTED, 15.0)
        snap("attract")
        window.attract.start_button.click()
        snap("home-zh")
        window.strip.lang_buttons["en"].click()
        snap("home-en")
        window.strip.lang_buttons["zh"].click()
        tracking = _legal_aid(shell, snap)
        from kiosk import demo_tour_services

        demo_tour_services.run(shell, snap, tracking, synthetic_card(5).id_number[-4:])
        window.attract.start_button.click()
        window.home.tiles["hotline"].click()
        snap("hotline")
        window.hotline.back_button.click()
        clock.offset += shell.idle.timeout_s - shell.idle.warning_s + 1
        shell.check_idle()
        snap("idle-warning")
        clock.offset += shell.idle.warning_s
        shell.check_idle()
        snap("attract-after-timeout")
    finally:
        shell.stop()
        window.close()
    return written
