"""Legal aid by touch: questions, a case typed in pinyin on the on-screen keyboard, review,
submit through the outbox, a printed receipt; a half-filled form is wiped at idle timeout."""

from __future__ import annotations

import json
from pathlib import Path

from api_client.outbox.files import open_outbox
from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.qt import Qt
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton


def to_questions(qtbot, shell: Shell) -> None:
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    qtbot.mouseClick(w.consent.agree_button, CLICK)
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    reader.place(synthetic_card(5))  # type: ignore[attr-defined]
    qtbot.waitUntil(w.identify.continue_button.isEnabled)
    qtbot.mouseClick(w.identify.continue_button, CLICK)
    assert w.stack.currentWidget() is w.aid_questions


def answer_all_and_describe(qtbot, shell: Shell) -> None:
    w = shell.window
    for question in QUESTIONS:
        qtbot.mouseClick(w.aid_questions.yes[question.id], CLICK)
    qtbot.mouseClick(w.aid_questions.next_button, CLICK)
    assert w.stack.currentWidget() is w.aid_details
    keyboard = w.keyboard
    assert keyboard is not None and keyboard.isVisible()
    qtbot.keyClicks(w.aid_details.phone_edit, "13800138000")
    w.aid_details.description_edit.setFocus()
    qtbot.waitUntil(w.aid_details.description_edit.hasFocus)
    for word in ("gongzi", "tuoqian", "sange", "yue"):
        keyboard.type_pinyin(word)
        keyboard.press(Qt.Key.Key_Space, " ")
    qtbot.waitUntil(lambda: len(w.aid_details.description_edit.toPlainText()) >= 5)


def test_apply_with_pinyin_submit_print_receipt_rate(qtbot, make_shell, tmp_path: Path) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_questions(qtbot, shell)
    assert "测试样例" in w.aid_questions.applicant.text()  # pre-filled from the card
    assert not w.aid_questions.next_button.isEnabled()
    answer_all_and_describe(qtbot, shell)
    typed = w.aid_details.description_edit.toPlainText()
    assert "工资" in typed
    assert all(not c.isascii() or c.isspace() for c in typed)
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    assert w.stack.currentWidget() is w.aid_photos
    qtbot.mouseClick(w.aid_photos.next_button, CLICK)  # photos are optional
    assert w.stack.currentWidget() is w.aid_review
    assert "工资" in w.aid_review.summary.text()
    assert "13800138000" in w.aid_review.summary.text()
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    assert w.stack.currentWidget() is w.aid_receipt
    tracking = w.aid_receipt.number.text()
    assert tracking.startswith("DEV001")
    qtbot.waitUntil(w.aid_receipt.done_button.isEnabled)
    assert "取走" in w.aid_receipt.print_status.text()
    assert list((tmp_path / "printed").glob("*.pdf"))
    store = open_outbox(tmp_path, "DEV001")
    [item] = store.due(now=1e12)
    assert item.kind == "legal_aid" and item.tracking_number == tracking
    assert "工资" in item.payload["description"]
    assert item.payload["applicant"]["identified_by"] == "id_card"
    store.close()
    qtbot.mouseClick(w.aid_receipt.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating


def test_paper_out_says_so_and_the_application_is_kept(qtbot, make_shell, tmp_path) -> None:
    shell: Shell = make_shell()
    w = shell.window
    shell.devices.inject(DeviceFamily.PRINTER, "paper-out")
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    qtbot.mouseClick(w.aid_photos.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    assert "缺纸" in w.aid_receipt.print_status.text()
    assert "受理编号" in w.aid_receipt.print_status.text()
    assert w.aid_receipt.done_button.isEnabled()
    store = open_outbox(tmp_path, "DEV001")
    assert store.status(0).pending == 1
    store.close()


def test_idle_timeout_wipes_the_half_filled_form(qtbot, make_shell, clock) -> None:
    shell: Shell = make_shell()
    w = shell.window
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    clock.now += shell.idle.timeout_s + 1
    shell.check_idle()
    shell.check_idle()
    assert w.stack.currentWidget() is w.attract or w.stack.currentWidget() is w.take_card
    assert shell.session.empty
    assert w.aid_details.description_edit.toPlainText() == ""
    assert w.aid_details.phone_edit.text() == ""
    assert not w.identify.result.isVisible()
    assert json.dumps(shell.session.__dict__, default=str).count("13800138000") == 0
