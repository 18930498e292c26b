"""The way into technician mode: the hidden gesture, each technician's PIN, the lock-out,
and the journal at the central service (a real process) with who it was."""

from __future__ import annotations

import json
from typing import Any

from kiosk.central_process import CentralProcess
from kiosk.qt import QPoint, Qt
from kiosk.technician.lockout import FIRST_LOCK_S, Lockout
from kiosk.technician.mode import LOCKOUT_FILE
from kiosk.technician.pin_pad import PinPad
from tests.helpers.journal import Entry, journal_entries
from tests.kiosk.technician.conftest import PIN, TECHNICIAN

WAIT_MS = 20_000  # bounds, never sleeps


def _long_press(qtbot: Any, shell: Any) -> None:
    """Press the top-left corner and hold until the PIN pad is there, then let go."""
    attract = shell.window.attract
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: shell.technician.pin_pad is not None, timeout=WAIT_MS)
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def _type_pin(qtbot: Any, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.entry.keypad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.entry.button, Qt.MouseButton.LeftButton)


def test_long_press_in_the_corner_opens_the_pin_pad_and_the_right_pin_enters(
    qtbot: Any, tech_shell: Any, central: CentralProcess
) -> None:
    """GIVEN the attract screen WHEN a technician holds the top-left corner for 3 s and types
    their PIN on the keypad THEN technician mode opens in their name, and the central journal
    says who entered."""
    shell = tech_shell("TECH01")
    _long_press(qtbot, shell)
    pad = shell.technician.pin_pad
    assert shell.window.stack.currentWidget() is pad
    assert shell.navigator.current == "attract"  # no journey started behind the pad
    _type_pin(qtbot, pad, PIN)
    panel = shell.technician.panel
    assert panel is not None and shell.window.stack.currentWidget() is panel
    assert TECHNICIAN in panel.who.text()
    qtbot.waitUntil(
        lambda: bool(journal_entries(central, "terminal.technician.entered")), timeout=WAIT_MS
    )
    entry = journal_entries(central, "terminal.technician.entered")[-1]
    assert (entry.actor, entry.payload["technician"]) == ("terminal:TECH01", TECHNICIAN)


def test_a_short_touch_in_the_corner_is_a_resident_starting(qtbot: Any, tech_shell: Any) -> None:
    shell = tech_shell("TECH02", enrol=False)
    qtbot.mouseClick(shell.window.attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert shell.technician.pin_pad is None
    assert shell.navigator.current != "attract"


def test_remote_digit_sequence_opens_the_pin_pad_on_the_tv(qtbot: Any, tech_shell: Any) -> None:
    shell = tech_shell("TECH03", enrol=False, profile="tv")
    for digit in "31415926":
        qtbot.keyClick(shell.window.attract, digit)
    qtbot.waitUntil(lambda: shell.technician.pin_pad is not None, timeout=WAIT_MS)
    _type_pin(qtbot, shell.technician.pin_pad, PIN)
    assert shell.technician.panel is not None


def test_wrong_pins_lock_out_growing_and_survive_a_restart_journaled_without_the_pin(
    qtbot: Any, tech_shell: Any, central: CentralProcess
) -> None:
    """GIVEN the PIN pad WHEN three wrong PINs are typed THEN the pad locks for 30 s (the OK
    button off, the time left shown); the lock-out is on disk for the next start of the shell,
    a fourth wrong PIN after it doubles it, and the journal has each refusal and the lock-out,
    never a PIN."""
    shell = tech_shell("TECH04")
    _long_press(qtbot, shell)
    pad = shell.technician.pin_pad
    for wrong in ("111111", "222222"):
        _type_pin(qtbot, pad, wrong)
        assert pad.message.text() == "PIN 码错误。"  # the shell speaks Chinese by default
    _type_pin(qtbot, pad, "333333")
    assert not pad.entry.button.isEnabled()
    assert "请 30 秒后再试" in pad.message.text()
    _type_pin(qtbot, pad, PIN)  # the right PIN is not even tried while locked
    assert shell.technician.panel is None
    path = shell.settings.data_dir / LOCKOUT_FILE
    restarted = Lockout(path)
    assert restarted.failures == 3 and 0 < restarted.remaining_s() <= FIRST_LOCK_S
    clock_after = [restarted.locked_until + 1]
    later = Lockout(path, clock=lambda: clock_after[0])
    assert later.remaining_s() == 0 and later.failed() == 2 * FIRST_LOCK_S

    def mine() -> list[Entry]:
        return [
            e
            for e in journal_entries(central, "terminal.technician.")
            if e.actor == "terminal:TECH04"
        ]

    qtbot.waitUntil(lambda: len(mine()) >= 4, timeout=WAIT_MS)
    entries = mine()
    assert [e.action for e in entries] == [
        "terminal.technician.refused",
        "terminal.technician.refused",
        "terminal.technician.refused",
        "terminal.technician.locked_out",
    ]
    assert entries[-1].payload["detail"] == "locked for 30 s"
    text = json.dumps([e.payload for e in entries])
    for pin in ("111111", "222222", "333333", PIN):
        assert pin not in text


def test_technician_mode_left_alone_returns_to_the_attract_screen(
    qtbot: Any, tech_shell: Any
) -> None:
    """GIVEN technician mode open WHEN nobody touches it for its idle time (shortened here)
    THEN it closes by itself: the attract screen, no technician widget left."""
    shell = tech_shell("TECH05", enrol=False)
    _long_press(qtbot, shell)
    _type_pin(qtbot, shell.technician.pin_pad, PIN)
    assert shell.technician.panel is not None
    shell.technician.idle_timer.start(200)
    qtbot.waitUntil(lambda: shell.technician.panel is None, timeout=WAIT_MS)
    assert shell.window.stack.currentWidget() is shell.window.attract
