"""The on-screen keyboard a resident typed on is loaded afresh when the journey ends: the pinyin
engine's candidates, predictions and growing state do not pass to the next resident."""

from __future__ import annotations

from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from kiosk.screens.keyboard import KeyboardPanel
from kiosk.shell import Shell
from tests.helpers.journeys import answer_all_and_describe, to_questions

CLICK = Qt.MouseButton.LeftButton


def keyboard_of(shell: Shell) -> KeyboardPanel:
    keyboard = shell.window.keyboard
    assert keyboard is not None
    return keyboard


def test_typed_on_keyboard_is_reloaded_at_journey_end_and_types_again(qtbot, make_shell):
    shell: Shell = make_shell()
    w = shell.window
    keyboard = keyboard_of(shell)
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)  # pinyin typed on the panel
    first_root = keyboard.rootObject()
    assert keyboard.used
    qtbot.mouseClick(w.aid_details.back_button, CLICK)
    qtbot.mouseClick(w.aid_questions.back_button, CLICK)
    qtbot.mouseClick(w.identify.back_button, CLICK)
    qtbot.mouseClick(w.consent.back_button, CLICK)
    qtbot.mouseClick(w.home.finish_button, CLICK)  # rate the service used, or skip
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    qtbot.waitUntil(lambda: not keyboard.used, timeout=5_000)
    assert keyboard.loaded and keyboard.rootObject() is not first_root

    assert w.stack.currentWidget() is w.take_card
    shell.devices.devices[DeviceFamily.ID_READER].take_off()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.attract, timeout=5_000)
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)  # the fresh panel types pinyin as before
    assert "工资" in w.aid_details.description_edit.toPlainText()


def test_keyboard_nobody_typed_on_is_kept(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    keyboard = keyboard_of(shell)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    qtbot.mouseClick(w.hotline.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating  # the keyboard is shown under the comment
    qtbot.waitUntil(lambda: keyboard.loaded)
    root = keyboard.rootObject()
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    qtbot.wait(500)
    assert keyboard.rootObject() is root
