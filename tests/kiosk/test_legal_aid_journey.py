"""Legal aid by touch: questions, a case typed in pinyin on the on-screen keyboard, review,
submit through the outbox, a printed receipt; a half-filled form is wiped at idle timeout."""

from __future__ import annotations

import json
from pathlib import Path

from api_client.outbox.files import open_outbox
from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.journeys import answer_all_and_describe, to_questions

CLICK = Qt.MouseButton.LeftButton


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
    # a video call with a clerk about this application: the notice, no phone asked again
    assert w.aid_receipt.video_button.isEnabled()
    qtbot.mouseClick(w.aid_receipt.video_button, CLICK)
    assert w.stack.currentWidget() is w.session_consent
    assert not w.session_consent.phone_row.isVisible()
    assert "法律援助" in w.session_consent.who.text()
    assert w.session_consent.agree_button.isEnabled()
    qtbot.mouseClick(w.session_consent.back_button, CLICK)
    assert w.stack.currentWidget() is w.aid_receipt
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
