"""The service journeys' plain-Python rules: progress answers, bookings, document forms and the
lawyer call-back, without a widget."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from api_client.client import CentralRejected, CentralUnreachable
from api_client.schemas import (
    BookingOut,
    OfficeHoursOut,
    OrganisationSlots,
    SlotOut,
    TemplateField,
    TemplateOut,
)
from kiosk.flows import appointments, progress
from kiosk.flows.consultation import Article, request_lawyer_callback
from kiosk.flows.documents import CHECK_PHONE, FILL_IN, DocumentForm
from kiosk.flows.identity import Identity, IdMethod

T0 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


def test_progress_answers_say_one_thing_for_any_wrong_pair() -> None:
    assert progress.answer_from(CentralRejected(404, "x")).outcome is progress.Outcome.NOT_FOUND
    assert progress.answer_from(CentralUnreachable("x")).outcome is progress.Outcome.OFFLINE
    assert progress.answer_from(CentralRejected(500, "x")).outcome is progress.Outcome.FAILED
    assert progress.tracking_ok(" dev001-261129-00001-1 ")
    assert progress.tracking_mistyped("DEV001-261129-00001-2")
    assert not progress.tracking_mistyped("DEV001-2611")  # not complete yet: no warning
    assert progress.last4_ok("123x") and not progress.last4_ok("12a4")
    assert progress.query("dev001-261129-00001-1", "123x").last4 == "123X"


def _slot(slot_id: int, hours: int) -> SlotOut:
    start = T0 + timedelta(hours=hours)
    return SlotOut(
        slot_id=slot_id, service="mediation", starts_at=start, ends_at=start + timedelta(hours=1)
    )


def _orgs() -> list[OrganisationSlots]:
    hours = [OfficeHoursOut(weekday=d, opens="09:00", closes="17:00") for d in (0, 1, 4)]
    return [
        OrganisationSlots(
            organisation_code="b",
            organisation_name="乙调委会",
            office_hours=hours,
            slots=[_slot(3, 5), _slot(1, 1)],
        ),
        OrganisationSlots(
            organisation_code="a",
            organisation_name="甲调委会",
            office_hours=[],
            slots=[_slot(2, 3)],
        ),
    ]


def test_booking_lists_slots_by_time_and_a_taken_slot_must_be_chosen_again() -> None:
    booking = appointments.Booking(kind="mediation", phone="13800138000")
    assert booking.slots_arrived(_orgs()) is appointments.Problem.NONE
    assert [c.slot.slot_id for c in booking.choices()] == [1, 2, 3]
    assert appointments.hours_lines(booking.organisations) == [
        ("乙调委会", [0, 1, 4], "09:00–17:00")
    ]
    booking.choose(2)
    first_key = booking.key
    request = booking.request("DEV001-261129-00001-1", None)
    assert request.kind == "mediation" and request.applicant.contact() == {"phone": "13800138000"}
    assert booking.booked(CentralRejected(409, "taken")) is appointments.Problem.TAKEN
    assert booking.chosen is None and not booking.ready()
    booking.choose(3)
    assert booking.key != first_key  # a new slot is a new attempt
    assert booking.booked(CentralUnreachable("down")) is appointments.Problem.OFFLINE
    assert booking.chosen is not None  # kept for a retry with the same key
    out = BookingOut(
        tracking_number="DEV001-261129-00001-1",
        slot=_slot(3, 5),
        organisation_name="乙调委会",
        duplicate=False,
    )
    assert booking.booked(out) is appointments.Problem.NONE and booking.result == out
    with pytest.raises(KeyError):
        booking.choose(99)


def _template() -> TemplateOut:
    fields = [
        TemplateField(name="name", label="姓名", prefill="name"),
        TemplateField(name="born", label="出生日期", prefill="birth_date", required=False),
        TemplateField(name="phone", label="电话", type="phone"),
        TemplateField(name="day", label="日期", type="date"),
        TemplateField(name="note", label="备注", required=False),
    ]
    return TemplateOut(
        code="note",
        version=1,
        title="说明",
        fields=fields,
        body="说明\n\n本人{{name}}，生于{{born}}，电话{{phone}}。{{note}}\n{{day}}",
        published=True,
        created_at=T0,
        created_by="admin",
    )


def test_document_form_prefills_checks_and_prints_without_a_second_title() -> None:
    who = Identity(IdMethod.ID_CARD, "110101198708080071", "测试样例", "男", date(1987, 8, 8))
    form = DocumentForm.start(_template(), who, date(2026, 11, 29))
    assert form.values == {"name": "测试样例", "born": "1987年08月08日", "day": "2026年11月29日"}
    assert form.problems() == [(FILL_IN, "电话")]
    form.set("phone", "123")
    assert form.problems() == [(CHECK_PHONE, "电话")]
    form.set("phone", "13800138000")
    assert form.problems() == []
    doc = form.document()
    assert doc.title == "说明"
    assert doc.lines[0] == "本人测试样例，生于1987年08月08日，电话13800138000。________"
    assert "13800138000" not in repr(form)
    with pytest.raises(KeyError):
        form.set("nosuch", "x")


class _Outbox:
    def __init__(self) -> None:
        self.items: list[tuple[str, dict[str, Any]]] = []

    def add(self, kind: str, payload: dict[str, Any], now: float | None = None) -> Any:
        self.items.append((kind, payload))
        return type("Item", (), {"tracking_number": "DEV001-261129-00001-1"})()


def test_lawyer_call_back_names_the_question_and_refuses_a_bad_number() -> None:
    outbox = _Outbox()
    article = Article(7, "欠薪怎么办？", "……", "labour")
    with pytest.raises(ValueError):
        request_lawyer_callback(outbox, article, "12345")
    assert request_lawyer_callback(outbox, article, "138 0013 8000") == "DEV001-261129-00001-1"
    [(kind, payload)] = outbox.items
    assert kind == "consultation"
    assert payload["applicant"]["phone"] == "13800138000" and payload["question"] == "欠薪怎么办？"
