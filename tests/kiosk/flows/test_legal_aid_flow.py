"""The legal aid journey without a widget: consent first, a form that submits once, wiped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from api_client.outbox.files import ensure_key, open_outbox
from api_client.personal_data import phone_valid
from devices.idnumber import make_id_number
from kiosk.flows.feedback import submit_callback, submit_rating
from kiosk.flows.identity import Identity, IdMethod
from kiosk.flows.idle import IdleGuard
from kiosk.flows.journey import (
    AID_DETAILS,
    AID_PHOTOS,
    AID_QUESTIONS,
    AID_RECEIPT,
    AID_REVIEW,
    ATTRACT,
    CONSENT,
    IDENTIFY,
    RATING,
    TAKE_CARD,
    EndReason,
    Journey,
)
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.flows.navigation import Navigator
from kiosk.flows.session import ResidentSession

NUMBER = make_id_number("150102", date(1955, 5, 5), 42)


def test_legal_aid_walks_consent_identify_form_receipt_rating(tmp_path: Path) -> None:
    card = {"present": True}
    nav = Navigator(ATTRACT)
    journey = Journey(nav, ResidentSession(), IdleGuard(90, 20, 10), "zh", lambda: card["present"])
    journey.start(0)
    journey.open_service("legal_aid")
    assert nav.current == CONSENT
    with pytest.raises(RuntimeError):
        journey.identified(Identity(IdMethod.ID_CARD, NUMBER, "测试"))
    journey.consent_given()
    assert nav.current == IDENTIFY
    journey.next_step()  # nothing to go on with yet
    assert nav.current == IDENTIFY
    journey.identified(Identity(IdMethod.ID_CARD, NUMBER, "测试"))
    journey.next_step()
    assert nav.current == AID_QUESTIONS
    form = journey.legal_aid
    for q in QUESTIONS:
        form.answer(q.id, True)
    journey.next_step()
    assert nav.current == AID_DETAILS
    form.phone, form.description = "13800138000", "工资被拖欠三个月"
    journey.next_step()
    assert nav.current == AID_PHOTOS
    form.photos.add(b"\xff\xd8 first page")
    form.photos.add(b"\xff\xd8 second page")
    folder = form.photos.folder
    assert folder is not None and len(list(folder.iterdir())) == 2
    journey.next_step()
    assert nav.current == AID_REVIEW
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "DEV001")
    tracking = form.submit(store)
    assert form.submit(store) == tracking  # a double tap files once
    assert not folder.exists()  # sealed in the outbox; the clear copies are gone
    [item] = store.due(now=1e12)
    assert item.payload["document_photos"] == 2 and len(item.attachments) == 2
    journey.submitted()
    assert nav.current == AID_RECEIPT and nav.depth == 1
    journey.finish()
    assert nav.current == RATING
    journey.finish()
    assert nav.current == TAKE_CARD and journey.session.empty
    card["present"] = False
    journey.card_taken()
    assert nav.current == ATTRACT
    assert store.status(0).pending == 1
    store.close()


def test_idle_end_wipes_a_half_filled_form() -> None:
    nav = Navigator(ATTRACT)
    journey = Journey(nav, ResidentSession(), IdleGuard(90, 20, 10), "zh", lambda: True)
    journey.start(0)
    journey.open_service("legal_aid")
    journey.consent_given()
    journey.identified(Identity(IdMethod.TYPED_NUMBER, NUMBER))
    journey.legal_aid.description = "半截"
    journey.legal_aid.photos.add(b"\xff\xd8 a payslip")
    folder = journey.legal_aid.photos.folder
    assert folder is not None and folder.exists()
    journey.end(EndReason.IDLE)
    assert journey.session.empty
    assert not folder.exists()
    assert nav.current == ATTRACT  # no one is there to take a card


def test_phone_numbers_and_requests(tmp_path: Path) -> None:
    assert phone_valid("138 0013 8000") and phone_valid("0471-1234567")
    assert not phone_valid("12345") and not phone_valid("abc")
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "DEV001")
    assert submit_rating(store, "legal_aid", 5, " 很好 ")
    assert submit_callback(store, "13800138000", "hotline")
    with pytest.raises(ValueError):
        submit_callback(store, "1", "hotline")
    with pytest.raises(ValueError):
        submit_rating(store, "legal_aid", 6, "")
    store.close()
