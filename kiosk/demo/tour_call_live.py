"""The video call's part of the headless tour as a real call: the tour runs inside a network
namespace of its own (kiosk/demo/live_call.py), with the real central service, Janus and
coturn, the shell's real SessionFlow, and a scripted notary (kiosk/demo/scripted_staff.py)
who claims the session through the staff API and publishes the counter pattern and a tone.
The screenshots show the notary's frames as the kiosk decoded them, the words the notary typed
(through the caption route), a real drop (the kiosk's path cut for a few seconds) and the
reconnection; then the rating, and the plain message when nobody is available."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.demo.path_cut import call_endpoints, path_cut
from kiosk.demo.scripted_staff import COUNTER_START, ScriptedStaff
from kiosk.qt import QApplication
from kiosk.shell import Shell
from remote_sessions.pattern import read_counter

Snap = Callable[[str], None]
Say = Callable[[str], None]
PHONE = "13800138000"
CAPTION = "请把身份证放在读卡器上"
CUT_S = 5.0
WAIT_S = 90.0


class LiveCallFailed(RuntimeError):
    """A step of the live call did not happen in time: the message names it."""


@dataclass
class Decoded:
    """The staff's counters read from the frames the call screen showed."""

    values: set[int] = field(default_factory=set)

    def read(self, shell: Shell, above: int = 0) -> int:
        pixels = shell.window.session_call.last_remote_pixels()
        value = None if pixels is None else read_counter(pixels)
        if value is not None and value >= max(COUNTER_START, above + 1):
            self.values.add(value)
        return len(self.values)


def _wait(what: str, condition: Callable[[], bool], timeout_s: float = WAIT_S) -> float:
    """Keeps Qt's events flowing until `condition`; the seconds it took."""
    start = time.monotonic()
    deadline = start + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise LiveCallFailed(f"{what} did not happen within {timeout_s:.0f} s")
        QApplication.processEvents()
        time.sleep(0.02)
    return time.monotonic() - start


def _hold(seconds: float) -> None:
    """Keeps Qt's events flowing for `seconds` (the length of the cut, not a wait on a
    condition)."""
    end = time.monotonic() + seconds
    _wait("the pause", lambda: time.monotonic() >= end, seconds + 5)


def _to_waiting_room(shell: Shell, snap: Snap) -> str:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["notary_mediation"].click()
    w.booking.video_button.click()
    for digit in PHONE:
        w.session_consent.keypad.keys[digit].click()
    snap("session-consent")
    w.session_consent.agree_button.click()
    return "the waiting room"


def _call(shell: Shell, staff: ScriptedStaff, snap: Snap, say: Say) -> None:
    w = shell.window
    call = w.session_call
    _wait("the place in the queue", w.session_wait.position.isVisible)
    snap("session-waiting")
    session_id = shell.sessions.session_id
    if session_id is None:
        raise LiveCallFailed("the kiosk has no session")
    started = time.monotonic()
    staff.claim_and_join(session_id)
    staff.caption(session_id, CAPTION)
    seen = Decoded()
    _wait("the call screen", lambda: w.stack.currentWidget() is call)
    _wait("five of the notary's frames decoded", lambda: seen.read(shell) >= 5)
    first_frames_s = time.monotonic() - started
    _wait("the notary's typed words", lambda: call.caption.text() == CAPTION)
    _wait("the self-view", lambda: call.own.pixmap() is not None)
    snap("session-call")
    say(
        f"live call: claim -> five of the notary's frames decoded at the kiosk in "
        f"{first_frames_s:.1f} s (counters {min(seen.values)}-{max(seen.values)}); the "
        "notary's words came through the caption route"
    )
    client = shell.sessions.call
    if client is None:
        raise LiveCallFailed("the kiosk has no call")
    with path_cut(call_endpoints(client)):
        cut = time.monotonic()
        _wait("the dropped-connection message", call.banner.isVisible)
        snap("session-call-dropped")
        _hold(max(0.0, CUT_S - (time.monotonic() - cut)))
    back = time.monotonic()
    again = Decoded()
    _wait("frames again after the drop", lambda: again.read(shell, max(seen.values)) >= 5, 120)
    _wait("the message going", lambda: not call.banner.isVisible())
    snap("session-call-reconnected")
    say(
        f"live call: the kiosk's path was cut for {CUT_S:.0f} s; it reconnected with a new "
        f"peer connection and frames flowed again {time.monotonic() - back:.1f} s after the "
        f"path came back (counters up to {max(again.values)})"
    )
    staff.end(session_id)
    _wait("the rating", lambda: w.stack.currentWidget() is w.session_rating)
    snap("session-rating")
    w.session_rating.faces[5].click()
    _wait("the end of the journey", lambda: w.stack.currentWidget() is w.attract)
    _wait("the call's clean-up", lambda: not shell.sessions.busy)


def _nobody_available(shell: Shell, staff: ScriptedStaff, snap: Snap) -> None:
    w = shell.window
    staff.set_available(False)
    _to_waiting_room(shell, lambda _name: None)
    _wait("the nobody-available message", w.session_wait.appointment_button.isVisible)
    snap("session-nobody-available")
    _wait("the refused session's end", lambda: not shell.sessions.busy)
    w.session_wait.leave_button.click()
    w.booking.back_button.click()
    w.home.finish_button.click()
    if w.stack.currentWidget() is w.rating:
        w.rating.skip_button.click()
    _wait("the attract screen", lambda: w.stack.currentWidget() is w.attract)


def run(shell: Shell, snap: Snap, staff: ScriptedStaff, say: Say) -> None:
    """The live call, then nobody available; raises LiveCallFailed naming a missed step."""
    staff.set_available(True)
    _to_waiting_room(shell, snap)
    _call(shell, staff, snap, say)
    _nobody_available(shell, staff, snap)
