"""A resident who booked a video appointment at this kiosk checks in for it, by clicks from the
home screen, against real processes inside a network namespace the test creates (the call
screens' scene: `lexkiosk-central serve` with Janus and coturn, a scripted notary): inside the
check-in window the call notice, the waiting room for the booked office and the call follow;
far outside it the resident gets a plain message and the choices."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from central.sessions.models import SessionEvent, SessionRouteRow, VideoSession
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.call_scene import TERMINAL, CallScene, call_scene
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]
CLICK = Qt.MouseButton.LeftButton
PHONE = "13700137000"


@pytest.fixture(scope="module")
def calls(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CallScene]:
    require_media()
    with call_scene(netns, tmp_path_factory.mktemp("check-in")) as scene:
        clerk = scene.scene.staff("clerk", "clerk", "city-notary")
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        for starts in (now + timedelta(minutes=10), now + timedelta(days=2)):
            body = {"service": "notarisation", "starts_at": starts.isoformat(), "count": 1}
            reply = scene.scene.http.post(
                "/api/v1/organisations/city-notary/slots", json=body, headers=clerk
            )
            assert reply.status_code == 201, reply.text
        yield scene


@pytest.fixture
def kiosk(make_shell, calls: CallScene) -> Shell:
    shell: Shell = make_shell(
        token=calls.device_token, central_url=calls.base, terminal_id=TERMINAL
    )
    shell.network.start()  # inside the namespace: started from this (the test's) thread
    return shell


def book(qtbot, shell: Shell, soonest: bool) -> str:
    """Home -> appointments -> the soonest (or the latest) free notarisation slot -> booked;
    the resident finishes. Returns the appointment number."""
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    qtbot.waitUntil(lambda: not w.booking.loading, timeout=30_000)
    visible = [b for b in w.booking.slot_buttons if b.isVisible()]
    assert visible, "the published slots are offered"
    qtbot.mouseClick(visible[0] if soonest else visible[-1], CLICK)
    for digit in PHONE:
        qtbot.mouseClick(w.booking.keypad.keys[digit], CLICK)
    qtbot.mouseClick(w.booking.book_button, CLICK)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.booking_done, timeout=30_000)
    booked = w.booking_done.booking
    assert booked is not None
    qtbot.mouseClick(w.booking_done.done_button, CLICK)
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.attract, timeout=10_000)
    return booked.tracking_number


def check_in(qtbot, shell: Shell, number: str) -> None:
    """Home -> appointments -> "I have a video appointment now" -> the number -> check in."""
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    qtbot.mouseClick(w.booking.check_in_button, CLICK)
    assert w.stack.currentWidget() is w.check_in
    qtbot.keyClicks(w.check_in.number_edit, number)
    qtbot.mouseClick(w.check_in.check_button, CLICK)


def routed_to(calls: CallScene, public_id: str) -> tuple[list[int], list[str]]:
    """The session's organisations and the reasons of its moves."""
    with calls.db.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == public_id)).one()
        orgs = session.scalars(
            select(SessionRouteRow.organisation_id).where(SessionRouteRow.session_id == vs.id)
        ).all()
        reasons = session.scalars(
            select(SessionEvent.reason).where(SessionEvent.session_id == vs.id)
        ).all()
        return list(orgs), list(reasons)


def test_checking_in_within_the_slot_reaches_the_waiting_room_and_the_call(
    qtbot, kiosk: Shell, calls: CallScene
) -> None:
    """GIVEN a video appointment booked at this kiosk for ten minutes from now WHEN the
    resident checks in with its number THEN the call notice is read (no phone asked: the
    booking has one), the waiting room shows the place in the queue of the booked office, and
    when that office's notary claims through the staff API the screen moves on to the call."""
    w = kiosk.window
    calls.set_available(True)
    number = book(qtbot, kiosk, soonest=True)
    check_in(qtbot, kiosk, number)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_consent, timeout=30_000)
    assert not w.session_consent.keypad.isVisible()  # the booking's request is the call's
    qtbot.mouseClick(w.session_consent.agree_button, CLICK)
    assert w.stack.currentWidget() is w.session_wait
    qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
    assert "1" in w.session_wait.position.text()
    sid = kiosk.sessions.session_id
    assert sid is not None
    orgs, reasons = routed_to(calls, sid)
    assert len(orgs) == 1 and "appointment" in reasons  # the booked office, at the booked time

    calls.staff.claim_and_join(sid)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_call, timeout=60_000)
    qtbot.waitUntil(lambda: calls.kept(sid)[0] == "in_call", timeout=60_000)
    calls.staff.end(sid)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
    qtbot.mouseClick(w.session_rating.skip_button, CLICK)
    assert kiosk.session.empty
    qtbot.waitUntil(lambda: not kiosk.sessions.busy, timeout=30_000)


def test_checking_in_days_early_says_so_with_the_choices(
    qtbot, kiosk: Shell, calls: CallScene
) -> None:
    """GIVEN a video appointment booked for two days from now WHEN the resident checks in
    THEN a plain message gives the booked time and office, no session is asked for, and the
    resident can book another time or ask for a call-back."""
    w = kiosk.window
    number = book(qtbot, kiosk, soonest=False)
    check_in(qtbot, kiosk, number)
    screen = w.check_in
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=30_000)
    assert "半小时" in screen.message.text() and "city-notary office" in screen.message.text()
    assert screen.book_button.isVisible() and screen.callback_button.isVisible()
    assert w.stack.currentWidget() is screen and kiosk.sessions.session_id is None
    qtbot.mouseClick(screen.book_button, CLICK)
    assert w.stack.currentWidget() is w.booking
    qtbot.waitUntil(lambda: not w.booking.loading, timeout=30_000)


def test_a_mistyped_number_is_caught_before_asking(qtbot, kiosk: Shell) -> None:
    w = kiosk.window
    check_in(qtbot, kiosk, "K001-260101-00001-9")
    assert w.check_in.message.isVisible() and "预约号" in w.check_in.message.text()
    assert not w.check_in.book_button.isVisible()
