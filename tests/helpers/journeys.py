"""Resident journeys driven through the real widgets with pytest-qt's `qtbot`, shared by the
kiosk tests and the end-to-end tests: each step clicks what a resident clicks and waits on
a condition (never a sleep) before the next.

The benchmarks drive the same screens with their own timing driver
(`benchmarks/journey_driver.py`), and the demo tour with plain `click()` calls, because
neither runs under pytest-qt."""

from __future__ import annotations

from typing import Any

from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.qt import Qt
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton
PHONE = "13800138000"
CASE_IN_PINYIN = ("gongzi", "tuoqian", "sange", "yue")  # 工资拖欠三个月


def to_identify(qtbot: Any, shell: Shell) -> None:
    """From the attract screen to the identify screen of a legal aid application."""
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    assert w.stack.currentWidget() is w.consent
    qtbot.mouseClick(w.consent.agree_button, CLICK)
    assert w.stack.currentWidget() is w.identify


def identify_with_card(qtbot: Any, shell: Shell, service: str = "legal_aid") -> None:
    """From the attract screen through the consent of `service` (a home tile), identified by an
    emulated ID card."""
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles[service], CLICK)
    qtbot.mouseClick(w.consent.agree_button, CLICK)
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.place(synthetic_card(5))  # type: ignore[attr-defined]
    qtbot.waitUntil(w.identify.continue_button.isEnabled)
    qtbot.mouseClick(w.identify.continue_button, CLICK)


def to_questions(qtbot: Any, shell: Shell) -> None:
    """From the attract screen to the eligibility questions, identified by an emulated card."""
    identify_with_card(qtbot, shell, "legal_aid")
    assert shell.window.stack.currentWidget() is shell.window.aid_questions


def answer_all_and_describe(qtbot: Any, shell: Shell) -> None:
    """Answer yes to every question, type a phone number and the case in pinyin on the
    on-screen keyboard; ends on the details screen with at least five characters committed."""
    w = shell.window
    for question in QUESTIONS:
        qtbot.mouseClick(w.aid_questions.yes[question.id], CLICK)
    qtbot.mouseClick(w.aid_questions.next_button, CLICK)
    assert w.stack.currentWidget() is w.aid_details
    keyboard = w.keyboard
    assert keyboard is not None and keyboard.isVisible()
    qtbot.keyClicks(w.aid_details.phone_edit, PHONE)
    w.aid_details.description_edit.setFocus()
    qtbot.waitUntil(w.aid_details.description_edit.hasFocus)
    for word in CASE_IN_PINYIN:
        keyboard.type_pinyin(word)
        keyboard.press(Qt.Key.Key_Space, " ")
    qtbot.waitUntil(lambda: len(w.aid_details.description_edit.toPlainText()) >= 5)


def take_and_keep(qtbot: Any, shell: Shell) -> None:
    """On the document photos screen: take a photo and keep it."""
    screen = shell.window.aid_photos
    qtbot.mouseClick(screen.take_button, CLICK)
    qtbot.waitUntil(screen.keep_button.isVisible, timeout=5000)
    qtbot.mouseClick(screen.keep_button, CLICK)
