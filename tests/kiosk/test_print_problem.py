"""A receipt that cannot be printed: a plain message and a QR code the resident's phone can
read, opening the progress page of the tracking number (read back here with zxing-cpp)."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from devices.xfs import DeviceFamily
from kiosk.qt import QImage, Qt
from kiosk.shell import Shell
from tests.helpers.journeys import answer_all_and_describe, to_questions

CLICK = Qt.MouseButton.LeftButton


def _submit(qtbot, shell: Shell) -> str:
    w = shell.window
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    qtbot.mouseClick(w.aid_photos.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    return w.aid_receipt.number.text()


def _scan_with_a_phone(shell: Shell) -> list[str]:
    """What a phone reads off the screen: the whole window as it is painted."""
    image = shell.window.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    grey = pixels.reshape(height, image.bytesPerLine())[:, :width].copy()
    return [r.text for r in zxingcpp.read_barcodes(grey) if r.valid]


@pytest.mark.parametrize(
    ("fault", "says"), [("paper-out", "缺纸"), ("offline", "打印机暂时无法使用")]
)
def test_printer_fault_shows_a_qr_code_of_the_progress_page(qtbot, make_shell, fault, says):
    shell: Shell = make_shell(central_url="https://legal.example.cn/svc")
    shell.devices.inject(DeviceFamily.PRINTER, fault)
    tracking = _submit(qtbot, shell)
    receipt = shell.window.aid_receipt
    qtbot.waitUntil(receipt.done_button.isEnabled)
    assert says in receipt.print_status.text()
    assert receipt.print_problem.isVisible()
    assert "手机" in receipt.print_problem.scan_hint.text()
    url = f"https://legal.example.cn/svc/public/progress?n={tracking}"
    assert _scan_with_a_phone(shell) == [url]


def test_a_printed_receipt_shows_no_qr_code(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    _submit(qtbot, shell)
    receipt = shell.window.aid_receipt
    qtbot.waitUntil(receipt.done_button.isEnabled)
    assert not receipt.print_problem.isVisible()
    assert _scan_with_a_phone(shell) == []


def test_a_cups_queue_out_of_paper_fails_the_job_and_shows_the_qr(
    qtbot,
    make_shell,
    fault_queue,
) -> None:
    """GIVEN a CUPS queue whose printer reports media-empty when the job runs
    WHEN the receipt is printed THEN the job fails, the screen says so and shows the QR."""
    queue = fault_queue("media-empty")
    shell: Shell = make_shell(**{"devices.printer.driver": "cups", "devices.printer.queue": queue})
    tracking = _submit(qtbot, shell)
    receipt = shell.window.aid_receipt
    qtbot.waitUntil(receipt.done_button.isEnabled, timeout=30_000)
    assert "缺纸" in receipt.print_status.text()
    assert _scan_with_a_phone(shell) == [f"http://127.0.0.1:8700/public/progress?n={tracking}"]
