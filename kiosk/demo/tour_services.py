"""The service journeys' part of the headless demo tour: consultation, documents, progress,
appointments. Each step snaps the screen a resident sees."""

from __future__ import annotations

import time
from collections.abc import Callable

from devices.idcard.emulator import synthetic_card
from devices.idcard.sim import SimIdReader
from kiosk.profiles import ID_READER, PROFILE_DEVICES
from kiosk.qt import QApplication, QLineEdit
from kiosk.shell import Shell

Snap = Callable[[str], None]


def _wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    return condition()


def _rate_and_leave(shell: Shell) -> None:
    w = shell.window
    if w.stack.currentWidget() is w.rating:
        w.rating.skip_button.click()
    reader = shell.devices.id_reader()
    if isinstance(reader, SimIdReader) and w.stack.currentWidget() is w.take_card:
        reader.take_off()
    _wait(lambda: w.stack.currentWidget() is w.attract)


def consultation(shell: Shell, snap: Snap) -> None:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["consultation"].click()
    w.consult.topics["labour"].click()
    _wait(lambda: w.consult.results[0].isVisible())
    snap("consult-topic")
    w.consult.search_edit.setText("拖欠工资")
    w.consult.search_button.click()
    _wait(lambda: w.consult.results[0].isVisible() and not w.consult.searching)
    snap("consult-search")
    w.consult.results[0].click()
    snap("consult-answer")
    w.answer.lawyer_button.click()
    w.lawyer.phone_edit.setText("13800138000")
    w.lawyer.request_button.click()
    snap("consult-lawyer")
    w.lawyer.done_button.click()
    _rate_and_leave(shell)


def documents(shell: Shell, snap: Snap) -> None:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["documents"].click()
    w.consent.agree_button.click()
    reader = shell.devices.id_reader()
    if not PROFILE_DEVICES[shell.settings.profile].has(ID_READER):  # a TV: the number typed
        w.identify.number_edit.setText(synthetic_card(7).id_number)
        w.identify.use_number_button.click()
    elif isinstance(reader, SimIdReader):
        reader.place(synthetic_card(7))
    if not _wait(w.identify.continue_button.isEnabled):
        w.identify.back_button.click()
        return
    w.identify.continue_button.click()
    snap("docs-list")
    iou = [b for b in w.docs.buttons if b.isVisible() and b.text() == "借条"]
    if not iou:
        _rate_and_leave(shell)
        return
    iou[0].click()
    values = {
        "lender_name": "王五",
        "lender_id_number": "110105196003071234",
        "amount_words": "壹万元整",
        "amount": "10000",
        "purpose": "家中翻修房屋",
        "borrower_phone": "13800138000",
    }
    # a typed ID number (a TV) brings no name or address from a card: the resident types them
    typed = {"borrower_name": "张三", "borrower_address": "北京市东城区景山前街4号"}
    for name, value in (typed | values).items():
        edit = w.doc_fill.edits.get(name)
        if isinstance(edit, QLineEdit) and (name in values or not edit.text()):
            edit.setText(value)
    for buttons in w.doc_fill.choices.values():
        next(iter(buttons.values())).click()
    snap("docs-fill")
    w.doc_fill.preview_button.click()
    _wait(lambda: bool(w.doc_preview.page_labels()))
    snap("docs-preview")
    w.doc_preview.print_button.click()
    _wait(w.doc_preview.done_button.isVisible, 60.0)
    snap("docs-printed")
    w.doc_preview.done_button.click()
    _rate_and_leave(shell)


def progress(shell: Shell, snap: Snap, tracking: str, last4: str) -> None:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["progress"].click()
    w.progress.tracking_edit.setText(tracking)
    w.progress.last4_edit.setText(last4)
    snap("progress-typed")
    w.progress.query_button.click()
    _wait(lambda: not w.progress.busy)
    snap("progress-answer")
    w.progress.done_button.click()
    _rate_and_leave(shell)


def booking(shell: Shell, snap: Snap) -> None:
    w = shell.window
    w.attract.start_button.click()
    w.home.tiles["notary_mediation"].click()
    _wait(lambda: not w.booking.loading)
    visible = [b for b in w.booking.slot_buttons if b.isVisible()]
    if visible:
        visible[0].click()
        w.booking.phone_edit.setText("13800138000")
    snap("booking-slots")
    if visible and w.booking.book_button.isEnabled():
        w.booking.book_button.click()
        _wait(lambda: w.stack.currentWidget() is w.booking_done)
        if w.booking_done.print_button.isVisible():  # a terminal with a printer
            w.booking_done.print_button.click()
            _wait(lambda: bool(w.booking_done.print_text), 60.0)
        snap("booking-done")
        w.booking_done.done_button.click()
    else:
        w.booking.back_button.click()
        w.home.finish_button.click()
    _rate_and_leave(shell)


def run(shell: Shell, snap: Snap, tracking: str, last4: str) -> None:
    consultation(shell, snap)
    documents(shell, snap)
    progress(shell, snap, tracking, last4)
    booking(shell, snap)
