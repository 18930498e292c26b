"""Document self-service by touch: identified by the ID card, a form from the downloaded
templates pre-filled from it, the rest typed, a preview drawn from the very PDF that is then
printed through the CUPS cups-pdf queue."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from devices.xfs import DeviceFamily
from kiosk.qt import QLineEdit, QPlainTextEdit, Qt
from kiosk.shell import Shell
from tests.helpers.journeys import identify_with_card

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.e2e  # a real central service process
PDF_OUT = Path.home() / "PDF"


def type_pinyin(qtbot, shell: Shell, edit: QLineEdit | QPlainTextEdit, *words: str) -> str:
    """Type on the on-screen pinyin keyboard into `edit` (each word then space picks the
    first candidate), as a resident does; returns what the field holds."""
    keyboard = shell.window.keyboard
    assert keyboard is not None and keyboard.isVisible()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    for word in words:
        keyboard.type_pinyin(word)
        keyboard.press(Qt.Key.Key_Space, " ")

    def text() -> str:
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    qtbot.waitUntil(lambda: any(not c.isascii() for c in text()))
    return text()


def test_fill_preview_print_an_iou(qtbot, online_shell, cups_queue: str) -> None:
    shell: Shell = online_shell(**{"devices.printer.driver": "cups"})
    w = shell.window
    identify_with_card(qtbot, shell, "documents")
    assert w.stack.currentWidget() is w.docs
    [iou] = [b for b in w.docs.buttons if b.isVisible() and b.text() == "借条"]
    qtbot.mouseClick(iou, CLICK)
    assert w.stack.currentWidget() is w.doc_fill
    edits = w.doc_fill.edits
    assert isinstance(edits["borrower_name"], QLineEdit)
    assert "测试样例" in edits["borrower_name"].text()  # from the card
    assert edits["borrower_id_number"].text() == shell.journey.identity.id_number  # type: ignore[union-attr]
    assert not w.doc_fill.preview_button.isEnabled()
    assert "出借人姓名" in w.doc_fill.problem.text()
    lender = type_pinyin(qtbot, shell, edits["lender_name"], "wangwu")
    qtbot.keyClicks(edits["lender_id_number"], "110105196003071234")
    words = type_pinyin(qtbot, shell, edits["amount_words"], "yiwan", "yuan")
    qtbot.keyClicks(edits["amount"], "10000")
    qtbot.keyClicks(edits["borrower_phone"], "1380013")
    assert not w.doc_fill.preview_button.isEnabled()
    qtbot.mouseClick(w.doc_fill.choices["payment_method"]["现金"], CLICK)
    assert "借款人电话" in w.doc_fill.problem.text()  # the phone is still too short
    qtbot.keyClicks(edits["borrower_phone"], "8000")
    assert w.doc_fill.preview_button.isEnabled()
    qtbot.mouseClick(w.doc_fill.preview_button, CLICK)
    assert w.stack.currentWidget() is w.doc_preview
    qtbot.waitUntil(lambda: bool(w.doc_preview.page_labels()), timeout=10_000)
    pdf = shell.controllers.documents.pdf
    assert pdf is not None
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert lender in text and words in text and "现金" in text and "测试样例" in text
    page = w.doc_preview.page_labels()[0].pixmap().toImage()
    assert page.width() == 900 and page.height() > 1200  # an A4 page, as printed
    dark = sum(
        page.pixelColor(x, y).lightness() < 128
        for x in range(0, page.width(), 2)
        for y in range(0, page.height(), 2)
    )
    assert dark > 500  # the text is drawn: the page is not blank
    before = set(PDF_OUT.glob("*.pdf")) if PDF_OUT.exists() else set()
    qtbot.mouseClick(w.doc_preview.print_button, CLICK)
    qtbot.waitUntil(w.doc_preview.done_button.isVisible, timeout=60_000)
    assert "取走" in w.doc_preview.status.text()
    qtbot.waitUntil(lambda: bool(set(PDF_OUT.glob("*.pdf")) - before), timeout=30_000)
    folder = pdf.parent
    qtbot.mouseClick(w.doc_preview.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating
    qtbot.mouseClick(w.rating.faces[5], CLICK)
    qtbot.mouseClick(w.rating.send_button, CLICK)
    assert w.stack.currentWidget() is w.take_card
    assert not folder.exists()  # the PDF with the resident's data is gone
    assert shell.session.empty and not w.doc_fill.edits


def test_paper_out_says_so_and_keeps_the_preview(qtbot, online_shell) -> None:
    shell: Shell = online_shell()
    shell.devices.inject(DeviceFamily.PRINTER, "paper-out")
    w = shell.window
    identify_with_card(qtbot, shell, "documents")
    power = [b for b in w.docs.buttons if b.isVisible() and b.text() == "授权委托书"]
    qtbot.mouseClick(power[0], CLICK)
    for name, edit in w.doc_fill.edits.items():
        if not edit.isEnabled() or (isinstance(edit, QLineEdit) and edit.text()):
            continue
        if "phone" in name:
            qtbot.keyClicks(edit, "13800138000")
        else:
            type_pinyin(qtbot, shell, edit, "lisi")
    for buttons in w.doc_fill.choices.values():
        qtbot.mouseClick(next(iter(buttons.values())), CLICK)
    assert w.doc_fill.preview_button.isEnabled(), w.doc_fill.problem.text()
    qtbot.mouseClick(w.doc_fill.preview_button, CLICK)
    qtbot.waitUntil(lambda: bool(w.doc_preview.page_labels()), timeout=10_000)
    qtbot.mouseClick(w.doc_preview.print_button, CLICK)
    assert "缺纸" in w.doc_preview.status.text()
    assert w.doc_preview.page_labels() and w.doc_preview.done_button.isVisible()
