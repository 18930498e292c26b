"""What each profile has, and what its journeys offer instead, driven by clicks on the shell.

The journeys are the same code in every profile: a TV types the ID number (no card reader), is
told its face is not checked here and where to go if the matter needs it (no camera), and gets
its receipt as a QR code (no printer); a robot prints only where a printer is installed.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import zxingcpp

from devices.idcard.emulator import synthetic_card
from devices.idnumber import make_id_number
from devices.xfs import DeviceFamily
from kiosk.flows.identity import IdMethod
from kiosk.flows.journey import HOTLINE
from kiosk.profiles import (
    CAMERA,
    ID_READER,
    PRINTER,
    PROFILE_DEVICES,
    SPEAKER,
)
from kiosk.qt import QImage, Qt
from kiosk.shell import Shell
from tests.helpers.journeys import answer_all_and_describe, to_identify, to_questions

CLICK = Qt.MouseButton.LeftButton


def test_each_profile_declares_its_devices_and_the_alternatives() -> None:
    kiosk, robot, tv = (PROFILE_DEVICES[p] for p in ("kiosk", "robot", "tv"))
    assert all(kiosk.has(d) for d in (ID_READER, PRINTER, CAMERA, SPEAKER))
    assert [tv.alternative(d) for d in (ID_READER, PRINTER, CAMERA, SPEAKER)] == [
        "typed_id",
        "qr_receipt",
        "call_back_or_visit",
        None,
    ]
    assert robot.has(CAMERA) and robot.has(SPEAKER) and robot.presence_greeting
    assert robot.alternative(PRINTER) == "qr_receipt"  # not installed unless the settings say
    assert robot.has(PRINTER, installed=True) and not robot.has(PRINTER, installed=False)
    assert not kiosk.presence_greeting and not tv.presence_greeting


def test_a_tv_types_the_id_number_and_says_the_face_is_not_checked_here(qtbot, make_shell):
    shell: Shell = make_shell(profile="tv")
    w = shell.window
    to_identify(qtbot, shell)
    screen = w.identify
    assert "没有身份证读卡器" in screen.status.text()
    assert not screen.card_hint.isVisible() and not screen.passport_button.isVisible()
    assert screen.number_panel.isVisible()  # the number is asked for at once
    for digit in make_id_number("150102", date(1950, 2, 3), 11):
        qtbot.mouseClick(screen.keypad.keys[digit], CLICK)
    qtbot.mouseClick(screen.use_number_button, CLICK)
    assert shell.journey.identity is not None
    assert shell.journey.identity.method is IdMethod.TYPED_NUMBER
    assert screen.face_note.isVisible()
    assert "没有摄像头" in screen.face_note.text() and "回电" in screen.face_note.text()
    assert screen.face_callback_button.isVisible()
    qtbot.mouseClick(screen.face_callback_button, CLICK)
    assert shell.navigator.current == HOTLINE


def test_the_kiosk_still_offers_the_card_and_the_passport(qtbot, make_shell) -> None:
    shell: Shell = make_shell(profile="kiosk")
    to_identify(qtbot, shell)
    screen = shell.window.identify
    assert screen.card_hint.isVisible() and screen.passport_button.isVisible()
    assert not screen.number_panel.isVisible()
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.place(synthetic_card(5))  # type: ignore[attr-defined]
    qtbot.waitUntil(screen.result.isVisible)
    assert not screen.face_callback_button.isVisible()  # the camera is there: no call-back


def _submit_legal_aid(qtbot, shell: Shell) -> str:
    w = shell.window
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    qtbot.mouseClick(w.aid_photos.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    qtbot.waitUntil(w.aid_receipt.done_button.isEnabled)
    return w.aid_receipt.number.text()


def _qr_codes_on_screen(shell: Shell) -> list[str]:
    image = shell.window.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    grey = pixels.reshape(height, image.bytesPerLine())[:, :width].copy()
    return [r.text for r in zxingcpp.read_barcodes(grey) if r.valid]


@pytest.mark.parametrize("installed", [False, True])
def test_a_robot_prints_the_receipt_only_where_a_printer_is_installed(
    qtbot, make_shell, installed
) -> None:
    shell: Shell = make_shell(
        profile="robot",
        central_url="https://legal.example.cn/svc",
        **{"devices.printer.fitted": str(installed).lower()},
    )
    tracking = _submit_legal_aid(qtbot, shell)
    receipt = shell.window.aid_receipt
    if installed:
        assert "取走您的回执" in receipt.print_status.text()
        assert _qr_codes_on_screen(shell) == []
    else:
        assert "本终端不能打印" in receipt.print_status.text()
        url = f"https://legal.example.cn/svc/public/progress?n={tracking}"
        assert _qr_codes_on_screen(shell) == [url]
