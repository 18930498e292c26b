"""The idle rules of issue 8 on the running shell: key, remote-control and touch events count as
activity; the clock stands still while the voice speaks; "continue" works at least ten times;
the end wipes the resident's data and leaves no temp file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from devices.xfs import DeviceFamily
from kiosk.flows.idle import IdlePhase
from kiosk.qt import QPoint, Qt
from kiosk.shell import Shell
from tests.helpers import missing
from tests.helpers.journeys import answer_all_and_describe, to_questions

CLICK = Qt.MouseButton.LeftButton


def start(qtbot, shell: Shell) -> None:
    qtbot.mouseClick(shell.window.attract.start_button, CLICK)
    assert shell.idle.phase is IdlePhase.ACTIVE
    # the welcome is spoken by real espeak and holds the clock meanwhile: on a busy machine it
    # can still be speaking when the test moves the clock, so let it finish first
    qtbot.waitUntil(lambda: not shell.idle.paused, timeout=15000)


def almost_warned(shell: Shell) -> float:
    """Seconds of inactivity that leave the resident one second before the warning."""
    return shell.idle.timeout_s - shell.idle.warning_s - 1


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Select, Qt.Key.Key_Back, Qt.Key.Key_5],
    ids=["arrow-down", "arrow-right", "ok", "back", "digit"],
)
def test_key_and_remote_control_presses_keep_the_journey_alive(
    qtbot, make_shell, clock, key: Qt.Key
) -> None:
    shell: Shell = make_shell()
    w = shell.window
    start(qtbot, shell)
    clock.now += almost_warned(shell)
    QTest.keyClick(w.home, key)  # a remote control's key arrives as a key press
    clock.now += almost_warned(shell)
    shell.check_idle()
    assert not w.idle_warning.isVisible()
    clock.now += 2  # and without a press the warning does come
    shell.check_idle()
    assert w.idle_warning.isVisible()


def test_a_touch_keeps_the_journey_alive(qtbot, make_shell, clock) -> None:
    shell: Shell = make_shell()
    w = shell.window
    start(qtbot, shell)
    screen = QTest.createTouchDevice()
    clock.now += almost_warned(shell)
    QTest.touchEvent(w, screen).press(0, QPoint(200, 300), w).commit()
    QTest.touchEvent(w, screen).release(0, QPoint(200, 300), w).commit()
    clock.now += almost_warned(shell)
    shell.check_idle()
    assert not w.idle_warning.isVisible()
    clock.now += 2
    shell.check_idle()
    assert w.idle_warning.isVisible()


def test_continue_works_ten_times_then_the_journey_ends_and_is_wiped(
    qtbot, make_shell, clock
) -> None:
    shell: Shell = make_shell()
    w = shell.window
    start(qtbot, shell)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    for digit in "1380013":
        qtbot.mouseClick(w.hotline.keypad.keys[digit], CLICK)
    qtbot.waitUntil(lambda: not shell.controllers.tasks.busy)  # the hotline is read aloud first
    shell.idle.max_extensions = 10  # the least the settings allow
    for _ in range(10):
        clock.now += almost_warned(shell) + 1
        shell.check_idle()
        assert w.idle_warning.isVisible()
        assert int(w.idle_warning.countdown.text()) == shell.idle.warning_s
        assert w.idle_warning.continue_button.isVisible()
        qtbot.mouseClick(w.idle_warning.continue_button, CLICK)
        assert not w.idle_warning.isVisible()
        assert w.hotline.phone_edit.text() == "1380013"  # nothing lost by continuing
    clock.now += almost_warned(shell) + 1
    shell.check_idle()
    assert w.idle_warning.isVisible()
    assert not w.idle_warning.continue_button.isVisible()  # no eleventh extension
    for left in range(int(shell.idle.warning_s) - 1, 0, -1):  # the countdown goes on by itself
        clock.now += 1
        shell.check_idle()
        assert w.idle_warning.countdown.text() == str(left)
    clock.now += 1
    shell.check_idle()
    assert w.stack.currentWidget() is w.attract
    assert shell.session.empty and w.hotline.phone_edit.text() == ""
    assert not w.idle_warning.isVisible()


def test_the_clock_stands_still_while_the_voice_speaks(qtbot, make_shell, clock) -> None:
    """GIVEN the real speech engine (espeak-ng into a WAV speaker that plays in real time)
    WHEN the consent notice is read aloud THEN inactivity is not counted until it is done."""
    shell: Shell = make_shell(**{"devices.speech.driver": "pyttsx3"})
    w = shell.window
    if shell.devices.statuses()[DeviceFamily.SPEECH].value != "online":
        missing("espeak-ng is not installed (scripts/system-packages.txt)")
    start(qtbot, shell)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    assert shell.controllers.tasks.busy_with("speech")
    clock.now += shell.idle.timeout_s * 2
    shell.check_idle()
    assert shell.idle.phase is IdlePhase.ACTIVE and not w.idle_warning.isVisible()
    qtbot.waitUntil(lambda: not shell.controllers.tasks.busy_with("speech"), timeout=60_000)
    clock.now += almost_warned(shell)
    shell.check_idle()
    assert not w.idle_warning.isVisible()  # counted from the end of the speech
    clock.now += 2
    shell.check_idle()
    assert w.idle_warning.isVisible()


def test_idle_end_after_a_printed_receipt_leaves_no_temp_file(
    qtbot, make_shell, clock, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "kiosk-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp

    def watched_mkdtemp(
        suffix: str | None = None, prefix: str | None = None, dir: str | None = None
    ) -> str:
        path = real_mkdtemp(suffix, prefix, dir)
        made.append(path)
        return path

    monkeypatch.setattr(tempfile, "mkdtemp", watched_mkdtemp)
    shell: Shell = make_shell()
    w = shell.window
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    qtbot.waitUntil(w.aid_receipt.done_button.isEnabled, timeout=20_000)
    assert any(Path(p).parent == folder for p in made)  # the receipt went through temp files
    qtbot.waitUntil(lambda: not shell.controllers.tasks.busy)  # the print status is read aloud
    clock.now += shell.idle.timeout_s + 1
    shell.check_idle()
    assert shell.session.empty
    assert w.aid_receipt.number.text() == ""
    assert [p for p in folder.rglob("*") if p.is_file()] == []
