"""The video call's part of the headless demo tour where a real call cannot be made (not
root, `ip`, Janus or coturn missing: kiosk/demo/live_call.py says which; the live call is
kiosk/demo/tour_call_live.py): the call notice, the waiting room, the call (with the staff's
typed words), a dropped connection, the call's rating, and the plain message when nobody can
take a call, each saved as *-fed.png.

Without a network namespace no call can be made (aioice and Janus's libnice skip loopback
addresses), so the session's statuses are fed to the screens through the runner's own
signals, and the call screen shows the scripted staff participant's frames (the counter
pattern the tests decode), while the self-view shows the emulated camera through the real
frame pipeline."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from api_client.schemas.sessions import (
    OfficeSpan,
    OrganisationHours,
    SessionState,
    SessionStatus,
    StaffShown,
    Unavailable,
)
from kiosk.camera_feed import to_image
from kiosk.flows.journey import SESSION_WAIT
from kiosk.qt import QApplication
from kiosk.shell import Shell
from remote_sessions.pattern import counter_frame
from remote_sessions.state import CallState

Snap = Callable[[str], None]
PHONE = "13800138000"
STAFF = StaffShown(display_name="李明", role="notary")


def _wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    return condition()


def _status(state: SessionState, **fields: object) -> SessionStatus:
    values: dict[str, object] = {
        "session_id": "vs_demo000000000000000",
        "kind": "notarisation",
        "state": state,
        "available_staff": 2,
        "updated_at": datetime.now(UTC),
    }
    return SessionStatus.model_validate(values | fields)


def _to_notice(shell: Shell) -> None:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["notary_mediation"].click()
    w.booking.video_button.click()
    for digit in PHONE:
        w.session_consent.keypad.keys[digit].click()


def _call(shell: Shell, snap: Snap) -> None:
    w, signals = shell.window, shell.sessions.signals
    signals.status.emit(_status("claimed", staff=STAFF))
    signals.call.emit(CallState.CONNECTING)
    signals.call.emit(CallState.CONNECTED)
    signals.status.emit(_status("in_call", staff=STAFF, caption="请把身份证放在读卡器上"))
    for value in range(40000, 40004):  # the scripted participant's frames, as decoded
        w.session_call.show_remote(to_image(counter_frame(value, 640, 480)))
    _wait(lambda: w.session_call.own.pixmap() is not None, 5.0)
    snap("session-call")
    signals.call.emit(CallState.INTERRUPTED)
    snap("session-call-dropped")
    signals.call.emit(CallState.RECONNECTING)
    signals.call.emit(CallState.CONNECTED)
    signals.status.emit(_status("completed", staff=STAFF))
    signals.over.emit("ended")
    snap("session-rating")
    w.session_rating.skip_button.click()


def run(shell: Shell, snap: Snap) -> None:
    w, signals = shell.window, shell.sessions.signals
    _to_notice(shell)
    snap("session-consent")
    shell.journey.go(SESSION_WAIT)  # the statuses below stand in for the central service's
    signals.status.emit(_status("queued", position=2, estimated_wait_s=300))
    snap("session-waiting")
    _call(shell, snap)
    _wait(lambda: w.stack.currentWidget() is w.attract)
    _to_notice(shell)
    shell.journey.go(SESSION_WAIT)
    hours = [
        OrganisationHours(
            organisation="市公证处",
            hours=[OfficeSpan(weekday=d, opens="09:00", closes="17:00") for d in range(5)],
        )
    ]
    message = (
        "现在没有工作人员可以接听视频通话。办公时间：市公证处: 周一至周五 09:00-17:00。"
        "我们可以给您回电，您也可以预约。"
    )
    unavailable = Unavailable(
        reason="nobody_available", message=message, hours=hours, offers=["callback", "appointment"]
    )
    signals.status.emit(_status("abandoned", available_staff=0, unavailable=unavailable))
    signals.over.emit("unavailable")
    snap("session-nobody-available")
    w.session_wait.leave_button.click()
    w.booking.back_button.click()
    w.home.finish_button.click()
    if w.stack.currentWidget() is w.rating:
        w.rating.skip_button.click()
    _wait(lambda: w.stack.currentWidget() is w.attract)
