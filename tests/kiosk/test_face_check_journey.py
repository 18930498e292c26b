"""The face check in the identify journey, by touch: the card's photo against the camera."""

from __future__ import annotations

import cv2

from devices.idcard.emulator import synthetic_card
from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields
from devices.xfs import DeviceFamily
from kiosk.flows.identity import IdMethod
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.journeys import to_identify
from tests.kiosk.faces import astronaut_portrait, camera_scene, card_with_photo, other_person

CLICK = Qt.MouseButton.LeftButton
F = DeviceFamily


def test_wrong_face_then_retry_matches_and_the_method_says_card_and_face(
    qtbot, make_shell, tmp_path
) -> None:
    """GIVEN a card whose photo decodes and a camera that first sees someone else
    WHEN the resident checks, then (the right person now in front) tries again
    THEN the screen says no match, then a match, and the identity is card + face."""
    shell: Shell = make_shell()
    w = shell.window
    camera = shell.devices.devices[F.CAMERA]
    camera.scene = camera_scene(tmp_path, other_person(), "other")  # type: ignore[attr-defined]
    to_identify(qtbot, shell)
    shell.devices.devices[F.ID_READER].place(card_with_photo(4, astronaut_portrait()))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.face_check)
    assert "身份证" in w.face_check.hint.text()
    qtbot.waitUntil(lambda: w.face_check.preview.frames_shown > 0, timeout=5000)
    qtbot.mouseClick(w.face_check.check_button, CLICK)
    qtbot.waitUntil(lambda: not w.face_check.busy, timeout=20_000)
    assert "不一致" in w.face_check.result.text()
    assert w.face_check.check_button.isVisible()
    assert w.face_check.check_button.text() == "再试一次"
    assert shell.journey.identity.method is IdMethod.ID_CARD  # type: ignore[union-attr]

    camera.scene = camera_scene(tmp_path, astronaut_portrait(), "right")  # type: ignore[attr-defined]
    qtbot.mouseClick(w.face_check.check_button, CLICK)
    qtbot.waitUntil(lambda: not w.face_check.busy, timeout=20_000)
    assert "一致" in w.face_check.result.text() and "不一致" not in w.face_check.result.text()
    assert "人脸" in w.face_check.method.text()
    assert not w.face_check.check_button.isVisible()
    assert shell.journey.identity.method is IdMethod.ID_CARD_FACE  # type: ignore[union-attr]
    assert shell.journey.face_check.reference is None
    qtbot.mouseClick(w.face_check.continue_button, CLICK)
    assert w.stack.currentWidget() is w.aid_questions
    shell.journey.legal_aid.phone = "13800138000"  # asked for on the details screen, later
    assert shell.journey.legal_aid.payload().applicant.identified_by == "id_card_face"


def test_an_undecodable_card_photo_is_said_and_the_journey_goes_on(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    shell.devices.devices[F.ID_READER].place(synthetic_card(6))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.identify.result.isVisible())
    assert w.stack.currentWidget() is w.identify
    assert w.identify.face_note.isVisible()
    assert "照片无法读取" in w.identify.face_note.text()
    qtbot.mouseClick(w.identify.continue_button, CLICK)
    assert w.stack.currentWidget() is w.aid_questions
    assert shell.journey.identity.method is IdMethod.ID_CARD  # type: ignore[union-attr]


def test_passport_photo_is_the_reference_and_nobody_in_front_is_said(
    qtbot, make_shell, tmp_path
) -> None:
    """GIVEN a passport whose portrait the scanner cut out and an empty camera view
    WHEN the resident checks THEN the screen says no face was seen and offers another try."""
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    ok, png = cv2.imencode(".png", cv2.cvtColor(astronaut_portrait(), cv2.COLOR_RGB2BGR))
    assert ok
    fields = MrzFields("P", "CHN", "LI", "SI", "E87654321", "CHN", "700101", "F", "310101", "")
    shell.devices.devices[F.SCANNER].present("mrz", compose("TD3", fields), png.tobytes())  # type: ignore[attr-defined]
    qtbot.mouseClick(w.identify.passport_button, CLICK)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.face_check)
    assert "护照" in w.face_check.hint.text()
    qtbot.mouseClick(w.face_check.check_button, CLICK)
    qtbot.waitUntil(lambda: not w.face_check.busy, timeout=20_000)
    assert "没有看到人脸" in w.face_check.result.text()
    assert w.face_check.check_button.isVisible()
    qtbot.mouseClick(w.face_check.continue_button, CLICK)
    assert shell.journey.identity.method is IdMethod.PASSPORT_MRZ  # type: ignore[union-attr]
    assert w.stack.currentWidget() is w.aid_questions
