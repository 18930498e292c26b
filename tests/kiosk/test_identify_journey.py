"""Consent and identify, driven by clicks and key presses: card, typed number, passport."""

from __future__ import annotations

from datetime import date

from devices.idcard.emulator import synthetic_card
from devices.idnumber import make_id_number
from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields
from devices.xfs import DeviceFamily
from kiosk.flows.identity import IdMethod
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.journeys import to_identify

CLICK = Qt.MouseButton.LeftButton


def test_consent_is_shown_and_read_aloud_before_anything_is_read(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    assert w.stack.currentWidget() is w.consent
    assert "个人信息保护法" in w.consent.rights.text()
    qtbot.waitUntil(lambda: speech.utterances["zh"] >= 1)  # type: ignore[attr-defined]
    qtbot.mouseClick(w.consent.back_button, CLICK)
    assert w.stack.currentWidget() is w.home
    assert not shell.journey.consented


def test_card_on_the_reader_identifies_and_shows_the_masked_number(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    assert not w.identify.continue_button.isEnabled()
    card = synthetic_card(7)
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.place(card)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.identify.result.isVisible())
    masked = card.id_number[:6] + "*" * 12  # the region only, never the last four
    assert masked in w.identify.result.text()
    assert "身份证" in w.identify.result.text()
    assert card.id_number not in w.identify.result.text()
    assert shell.journey.identity is not None
    assert shell.journey.identity.method is IdMethod.ID_CARD
    qtbot.mouseClick(w.identify.continue_button, CLICK)
    assert shell.navigator.current == "aid:questions"


def test_typed_number_is_judged_as_it_is_typed(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    qtbot.mouseClick(w.identify.type_button, CLICK)
    edit = w.identify.number_edit
    qtbot.keyClicks(edit, "99")
    assert "省" in w.identify.verdict.text()
    edit.clear()
    number = make_id_number("150102", date(1950, 2, 3), 11)
    for digit in number[:4]:
        qtbot.mouseClick(w.identify.keypad.keys[digit], CLICK)
    assert "14" in w.identify.verdict.text()
    qtbot.keyClicks(edit, number[4:17])
    wrong = "0" if number[17] != "0" else "1"
    qtbot.keyClicks(edit, wrong)
    assert "无效" in w.identify.verdict.text()
    assert not w.identify.use_number_button.isEnabled()
    qtbot.mouseClick(w.identify.keypad.keys["⌫"], CLICK)
    qtbot.keyClicks(edit, number[17])
    assert w.identify.use_number_button.isEnabled()
    qtbot.mouseClick(w.identify.use_number_button, CLICK)
    assert shell.journey.identity is not None
    assert shell.journey.identity.method is IdMethod.TYPED_NUMBER
    assert "未核验" in w.identify.result.text()


def test_passport_mrz_from_the_scanner(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    fields = MrzFields("P", "CHN", "LI", "SI", "E87654321", "CHN", "700101", "F", "310101", "")
    scanner = shell.devices.devices[DeviceFamily.SCANNER]
    scanner.present("mrz", compose("TD3", fields))  # type: ignore[attr-defined]
    qtbot.mouseClick(w.identify.passport_button, CLICK)
    qtbot.waitUntil(lambda: w.identify.result.isVisible())
    assert "LI SI" in w.identify.result.text()
    assert "护照" in w.identify.result.text()


def test_a_broken_reader_says_what_still_works(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.close()  # the emulator goes offline
    to_identify(qtbot, shell)
    assert "输入身份证号码" in shell.window.identify.status.text()


def test_card_left_on_the_reader_is_reminded_at_the_end(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.place(synthetic_card(3))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.identify.result.isVisible())
    w.idle_warning.show_countdown(20, True)
    qtbot.mouseClick(w.idle_warning.finish_button, CLICK)
    assert w.stack.currentWidget() is w.take_card
    assert shell.session.empty
    assert not w.identify.result.isVisible()
    with qtbot.waitSignal(shell.bridge.device_event):
        reader.take_off()  # type: ignore[attr-defined]
    assert w.stack.currentWidget() is w.attract


def _fail_a_scan(qtbot, shell: Shell, kind: str, text: str) -> None:
    w = shell.window
    scanner = shell.devices.devices[DeviceFamily.SCANNER]
    scanner.present(kind, text)  # type: ignore[attr-defined]
    before = shell.session.get("scan_failures") or 0
    qtbot.mouseClick(w.identify.passport_button, CLICK)
    qtbot.waitUntil(lambda: (shell.session.get("scan_failures") or 0) == before + 1)


def test_after_two_failed_reads_the_screen_says_what_to_try_and_offers_a_call_back(
    qtbot, make_shell, tmp_path
) -> None:
    """GIVEN a document the scanner cannot read, and then one whose check digits fail
    WHEN the resident has tried twice THEN the screen says to flatten the page, move it into
    the light and hold it still, and offers typing the number or a call-back."""
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    fields = MrzFields("P", "CHN", "LI", "SI", "E87654321", "CHN", "700101", "F", "310101", "")
    changed = compose("TD3", fields).replace("E87654321", "E876S4321")

    _fail_a_scan(qtbot, shell, "none", "")
    assert not w.identify.scan_help.isVisible()
    _fail_a_scan(qtbot, shell, "mrz", changed)

    assert w.identify.scan_help.isVisible()
    tips = w.identify.scan_tips.text()
    assert all(word in tips for word in ("放平", "光线", "不动")), tips
    assert shell.journey.identity is None
    w.grab().save(str(tmp_path / "scan-help.png"))
    qtbot.mouseClick(w.identify.scan_callback_button, CLICK)
    assert w.stack.currentWidget() is w.hotline


def test_the_scan_help_offers_typing_the_number(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_identify(qtbot, shell)
    for _ in range(2):
        _fail_a_scan(qtbot, shell, "none", "")
    typing = [b for b in (w.identify.type_button, w.identify.scan_type_button) if b.isVisible()]
    assert typing == [w.identify.scan_type_button]  # offered once, not twice

    qtbot.mouseClick(w.identify.scan_type_button, CLICK)

    assert w.identify.number_panel.isVisible()
    assert not w.identify.scan_help.isVisible()
