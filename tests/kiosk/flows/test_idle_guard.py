"""The idle guard's rules, with time passed in."""

from __future__ import annotations

import pytest

from kiosk.flows.idle import IdleGuard, IdlePhase


def make_guard() -> IdleGuard:
    guard = IdleGuard(timeout_s=90, warning_s=20, max_extensions=10)
    guard.arm(now=0)
    return guard


def test_warns_then_expires() -> None:
    guard = make_guard()
    assert guard.tick(69).phase is IdlePhase.ACTIVE
    warning = guard.tick(70)
    assert warning.phase is IdlePhase.WARNING and warning.seconds_left == 20
    assert guard.tick(89.5).seconds_left == 1
    assert guard.tick(90).phase is IdlePhase.EXPIRED


def test_activity_resets_the_clock_but_not_during_the_warning() -> None:
    guard = make_guard()
    guard.activity(60)
    assert guard.tick(129).phase is IdlePhase.ACTIVE
    assert guard.tick(131).phase is IdlePhase.WARNING
    guard.activity(132)  # a stray touch is not "continue"
    assert guard.tick(150).phase is IdlePhase.EXPIRED


def test_continue_extends_at_most_max_times() -> None:
    guard = make_guard()
    now = 0.0
    for _ in range(10):
        now += 75
        assert guard.tick(now).phase is IdlePhase.WARNING
        assert guard.extend(now)
    now += 75
    tick = guard.tick(now)
    assert tick.phase is IdlePhase.WARNING and not tick.can_extend
    assert not guard.extend(now)
    assert guard.tick(now + 20).phase is IdlePhase.EXPIRED


def test_pause_while_printing_or_speaking() -> None:
    guard = make_guard()
    guard.pause("printing")
    assert guard.tick(500).phase is IdlePhase.ACTIVE
    guard.resume("printing", now=500)
    assert guard.tick(569).phase is IdlePhase.ACTIVE
    assert guard.tick(571).phase is IdlePhase.WARNING


def test_disarmed_never_fires() -> None:
    guard = IdleGuard(90, 20, 10)
    assert guard.tick(10_000).phase is IdlePhase.DISARMED


def test_warning_must_fit_in_timeout() -> None:
    with pytest.raises(ValueError, match="shorter than timeout_s"):
        IdleGuard(20, 20, 10)
