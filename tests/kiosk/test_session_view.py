"""The call screens' view-model without widgets: what the central service's status and the
call's own state make of the resident's session."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from api_client.schemas.sessions import SessionStatus
from kiosk.controllers.session_view import CallView, Phase
from remote_sessions.state import CallState


def status(state: str, **fields: Any) -> SessionStatus:
    values: dict[str, Any] = {
        "session_id": "vs_0123456789abcdefgh",
        "kind": "notarisation",
        "state": state,
        "available_staff": 1,
        "updated_at": datetime.now(UTC),
    }
    return SessionStatus.model_validate(values | fields)


def test_queue_then_call_then_end() -> None:
    view = CallView("notarisation", "K001-20261206-0001")
    assert view.apply_status(status("queued", position=2, estimated_wait_s=300)) is Phase.QUEUED
    assert (view.position, view.wait_s) == (2, 300)
    staff = {"display_name": "Ana", "role": "notary"}
    assert view.apply_status(status("claimed", staff=staff)) is Phase.CONNECTING
    assert (view.staff_name, view.staff_role) == ("Ana", "notary")
    assert view.apply_call(CallState.CONNECTED) is Phase.IN_CALL
    # the central service still says "connecting" until the kiosk's report arrives
    assert view.apply_status(status("connecting", staff=staff)) is Phase.IN_CALL
    assert view.apply_call(CallState.INTERRUPTED) is Phase.INTERRUPTED
    assert view.apply_call(CallState.RECONNECTING) is Phase.RECONNECTING
    assert view.apply_call(CallState.CONNECTED) is Phase.IN_CALL
    view.apply_status(status("in_call", staff=staff, caption="请看屏幕"))
    assert view.caption == "请看屏幕"
    assert view.apply_status(status("completed", staff=staff)) is Phase.ENDED
    assert view.apply_call(CallState.CLOSED) is Phase.ENDED  # over stays over
    assert view.in_call_once and "Ana" not in repr(view)


def test_nobody_available_keeps_the_message_and_offers() -> None:
    view = CallView("legal_aid", "K001-20261206-0002")
    unavailable = {
        "reason": "outside_office_hours",
        "message": "现在不是办公时间。",
        "hours": [
            {"organisation": "A", "hours": [{"weekday": 0, "opens": "09:00", "closes": "17:00"}]}
        ],
        "offers": ["callback", "appointment"],
    }
    phase = view.apply_status(status("abandoned", available_staff=0, unavailable=unavailable))
    assert phase is Phase.UNAVAILABLE and phase.over and not phase.calling
    assert view.message == "现在不是办公时间。" and view.offers == ("callback", "appointment")
    assert view.hours[0].spans == ((0, "09:00", "17:00"),)


def test_leaving_is_final() -> None:
    view = CallView("consultation", "K001-20261206-0003")
    view.apply_status(status("queued", position=1))
    view.end(Phase.LEFT)
    assert view.apply_status(status("claimed")) is Phase.LEFT


def test_a_call_handed_over_says_so_then_shows_the_colleague() -> None:
    """GIVEN a call up with Ana WHEN she hands it over (the session goes back to the queue
    while the kiosk's call stays up) THEN the call screen says a colleague takes over, without
    Ana's name, and shows Bo's name and role once Bo has claimed it and joined."""
    view = CallView("notarisation", "K001-20261206-0001")
    ana = {"display_name": "Ana", "role": "notary"}
    view.apply_status(status("claimed", staff=ana))
    view.apply_call(CallState.CONNECTED)
    assert view.apply_status(status("in_call", staff=ana)) is Phase.IN_CALL
    assert view.apply_status(status("queued", position=1)) is Phase.HANDING_OVER
    assert (view.staff_name, view.staff_role) == ("", "")
    assert view.phase.calling  # the call screen stays
    bo = {"display_name": "Bo", "role": "notary"}
    assert view.apply_status(status("claimed", staff=bo)) is Phase.HANDING_OVER
    assert view.apply_status(status("connecting", staff=bo)) is Phase.HANDING_OVER
    assert (view.staff_name, view.staff_role) == ("Bo", "notary")
    assert view.apply_status(status("in_call", staff=bo)) is Phase.IN_CALL
