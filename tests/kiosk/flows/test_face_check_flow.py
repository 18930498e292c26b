"""The face check without a widget: tries, verdicts, and how the identity was established."""

from __future__ import annotations

from datetime import date

import numpy as np

from devices.idnumber import make_id_number
from kiosk.flows.face_check import MAX_ATTEMPTS, FaceCheck, FaceOutcome
from kiosk.flows.identity import Identity, IdMethod
from kiosk.flows.idle import IdleGuard
from kiosk.flows.journey import AID_QUESTIONS, ATTRACT, FACE_CHECK, EndReason, Journey
from kiosk.flows.navigation import Navigator
from kiosk.flows.session import ResidentSession

NUMBER = make_id_number("150102", date(1960, 6, 6), 7)


def _journey() -> tuple[Journey, Navigator]:
    nav = Navigator(ATTRACT)
    journey = Journey(nav, ResidentSession(), IdleGuard(90, 20, 10), "zh")
    journey.start(0)
    journey.open_service("legal_aid")
    journey.consent_given()
    return journey, nav


def test_a_match_makes_card_and_face_and_drops_the_photo() -> None:
    journey, nav = _journey()
    journey.identified(Identity(IdMethod.ID_CARD, NUMBER, "测试"))
    check = FaceCheck(np.zeros((126, 102, 3), np.uint8), "card")
    journey.check_face(check)
    assert nav.current == FACE_CHECK and journey.face_check is check
    assert check.record("different_person") is FaceOutcome.NO_MATCH and check.can_try
    assert check.record("same_person") is FaceOutcome.MATCH
    assert check.reference is None and not check.can_try
    journey.face_matched()
    assert journey.identity is not None
    assert journey.identity.method is IdMethod.ID_CARD_FACE
    assert journey.legal_aid.identity is journey.identity
    journey.legal_aid.phone = "13800138000"  # the typed payload needs the contact number
    assert journey.legal_aid.payload().applicant.identified_by == "id_card_face"
    journey.next_step()
    assert nav.current == AID_QUESTIONS


def test_tries_run_out_and_the_identity_stays_card_only() -> None:
    journey, _nav = _journey()
    journey.identified(Identity(IdMethod.PASSPORT_MRZ, "E87654321", "LI SI"))
    check = FaceCheck(np.zeros((10, 10, 3), np.uint8), "passport")
    journey.check_face(check)
    for _ in range(MAX_ATTEMPTS):
        assert check.can_try
        check.record("no_live_face")
    assert not check.can_try and check.outcome is FaceOutcome.NO_FACE
    assert journey.identity is not None and journey.identity.method is IdMethod.PASSPORT_MRZ
    assert Identity(IdMethod.PASSPORT_MRZ, "E1").face_confirmed().method.value == (
        "passport_mrz_face"
    )
    assert Identity(IdMethod.TYPED_NUMBER, NUMBER).face_confirmed().method is IdMethod.TYPED_NUMBER


def test_a_broken_camera_ends_the_check_and_the_session_wipe_drops_the_photo() -> None:
    journey, _nav = _journey()
    journey.identified(Identity(IdMethod.ID_CARD, NUMBER))
    check = FaceCheck(np.ones((5, 5, 3), np.uint8), "card")
    journey.check_face(check)
    assert check.record(None) is FaceOutcome.CAMERA and not check.can_try
    journey.end(EndReason.IDLE)
    assert check.reference is None and journey.session.empty
    assert "card" in repr(check) and "array" not in repr(check)
