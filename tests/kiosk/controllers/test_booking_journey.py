"""Notarisation and mediation appointments by touch against a real central service: office
hours and free slots shown, one booked (the request arrives with it), a slot taken meanwhile
refreshes the list with a plain message."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from api_client.tracking import make_tracking_number
from kiosk.qt import Qt
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.e2e  # a real central service process


def tomorrow_at(hour: int) -> datetime:
    day = datetime.now(UTC).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def open_booking(qtbot, shell: Shell, kind: str) -> None:
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    assert w.stack.currentWidget() is w.booking
    if kind != "notarisation":
        qtbot.mouseClick(w.booking.kinds[kind], CLICK)
    qtbot.waitUntil(lambda: not w.booking.loading, timeout=10_000)


def type_phone(qtbot, shell: Shell, phone: str) -> None:
    for digit in phone:
        qtbot.mouseClick(shell.window.booking.keypad.keys[digit], CLICK)


def test_book_a_notarisation_slot_and_print_it(qtbot, online_shell, desk) -> None:
    desk.office_hours("08:30", "17:30")
    desk.slots("notarisation", tomorrow_at(1), 3)
    shell: Shell = online_shell(download=False)
    w = shell.window
    open_booking(qtbot, shell, "notarisation")
    assert "08:30–17:30" in w.booking.hours.text() and "周一" in w.booking.hours.text()
    visible = [b for b in w.booking.slot_buttons if b.isVisible()]
    assert len(visible) >= 3 and "示范司法局" in visible[0].text()
    assert not w.booking.book_button.isEnabled()
    qtbot.mouseClick(visible[0], CLICK)
    chosen = w.booking.booking.chosen  # type: ignore[union-attr]
    assert chosen is not None and visible[0].isChecked()
    type_phone(qtbot, shell, "13600136000")
    qtbot.mouseClick(w.booking.book_button, CLICK)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.booking_done, timeout=10_000)
    tracking = w.booking_done.booking.tracking_number  # type: ignore[union-attr]
    assert tracking in w.booking_done.number.text()
    assert w.booking_done.where.text() == "示范司法局"
    shanghai = chosen.slot.starts_at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert w.booking_done.when.text() == f"{shanghai:%Y-%m-%d %H:%M}"
    assert w.booking_done.when.text().endswith("09:00")  # 01:00 UTC, shown in local time
    record = desk.request(tracking)
    assert record is not None
    assert (record["kind"], record["channel"]) == ("notarisation", "kiosk")
    assert record["appointment"]["slot_id"] == chosen.slot.slot_id
    assert record["applicant"]["phone"] == "13600136000"
    qtbot.mouseClick(w.booking_done.print_button, CLICK)
    qtbot.waitUntil(lambda: bool(w.booking_done.print_text), timeout=30_000)
    assert "取走" in w.booking_done.print_status.text()
    qtbot.mouseClick(w.booking_done.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating
    qtbot.mouseClick(w.rating.faces[4], CLICK)
    qtbot.mouseClick(w.rating.send_button, CLICK)
    assert shell.session.empty

    def rated() -> object:
        record = desk.request(tracking)
        return record["rating"] if record else None

    qtbot.waitUntil(lambda: rated() is not None, timeout=15_000)
    rating = rated()
    assert isinstance(rating, dict) and (rating["score"], rating["channel"]) == (4, "kiosk")


def test_a_slot_taken_meanwhile_refreshes_the_list(qtbot, online_shell, desk) -> None:
    """GIVEN the resident chose a mediation slot WHEN another terminal books it first THEN
    booking says so plainly and the list no longer offers it."""
    desk.slots("mediation", tomorrow_at(2), 2)
    shell: Shell = online_shell(download=False)
    w = shell.window
    open_booking(qtbot, shell, "mediation")
    qtbot.waitUntil(lambda: w.booking.slot_buttons[0].isVisible(), timeout=10_000)
    qtbot.mouseClick(w.booking.slot_buttons[0], CLICK)
    taken = w.booking.booking.chosen.slot.slot_id  # type: ignore[union-attr]
    other = online_shell(download=False)
    other_id = other.settings.terminal_id
    reply = httpx.post(
        f"{other.settings.central_url}/api/v1/kiosk/bookings",
        headers={"Authorization": f"Bearer {other._token}"},
        json={
            "idempotency_key": str(uuid.uuid4()),
            "tracking_number": make_tracking_number(other_id, datetime.now(UTC).date(), 90),
            "slot_id": taken,
            "kind": "mediation",
            "applicant": {"phone": "13700137000"},
        },
        timeout=10.0,
    )
    assert reply.status_code == 201, reply.text
    type_phone(qtbot, shell, "13600136000")
    qtbot.mouseClick(w.booking.book_button, CLICK)
    qtbot.waitUntil(lambda: "别人" in w.booking.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not w.booking.loading, timeout=10_000)
    offered = [c.slot.slot_id for c in w.booking.choices()]
    assert taken not in offered and offered
    assert w.booking.message.isVisible() and w.stack.currentWidget() is w.booking
    assert not w.booking.book_button.isEnabled()  # a new slot must be chosen
