"""Documents rendered to PDF: CJK text stays text, receipts are 80 mm wide and carry a QR code."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import cv2
import pytest

from devices.documents.model import RECEIPT, Document, Template
from devices.documents.pdf import render
from tests.helpers.system import require

VALUES = {
    "name": "张秀兰",
    "matter": "法律援助申请",
    "tracking": "DEV001-000123",
    "when": "2026-11-29 14:30",
    "site": "某镇公共法律服务站",
}
QR = "https://lexkiosk.invalid/t/DEV001-000123"


@pytest.mark.parametrize("layout", ["a4", "receipt80"])
def test_resident_name_is_extractable_text(
    layout, tmp_path: Path, pdftotext: Callable[[Path], str]
) -> None:
    pdf = render(RECEIPT.fill(VALUES, qr=QR), layout, tmp_path / "doc.pdf")
    text = pdftotext(pdf)
    assert "张秀兰" in text and "DEV001-000123" in text


def test_receipt_is_80_mm_wide_and_a4_is_a4(tmp_path: Path) -> None:
    require("pdfinfo", "poppler-utils")
    receipt = render(RECEIPT.fill(VALUES, qr=QR), "receipt80", tmp_path / "r.pdf")
    a4 = render(RECEIPT.fill(VALUES), "a4", tmp_path / "a.pdf")
    sizes = [
        subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True, check=True).stdout
        for p in (receipt, a4)
    ]
    assert "226.772 x" in sizes[0]  # 80 mm in points
    assert "595.276 x 841.89" in sizes[1]


def test_receipt_qr_code_decodes_to_the_tracking_link(tmp_path: Path) -> None:
    """GIVEN a receipt WHEN it is rasterised like a print THEN its QR code reads back."""
    tool = require("pdftoppm", "poppler-utils")
    pdf = render(RECEIPT.fill(VALUES, qr=QR), "receipt80", tmp_path / "r.pdf")
    subprocess.run(
        [tool, "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "r")], check=True
    )
    image = cv2.imread(str(tmp_path / "r.png"))
    assert image is not None
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert text == QR


def test_long_document_flows_onto_a_second_page(
    tmp_path: Path, pdftotext: Callable[[Path], str]
) -> None:
    doc = Document(
        "调解协议书", [f"第{i}条 双方当事人自愿达成如下协议，内容真实有效。" for i in range(80)]
    )
    pdf = render(doc, "a4", tmp_path / "long.pdf")
    text = pdftotext(pdf)
    assert "\f" in text.rstrip("\f") and "第79条" in text


def test_template_names_a_missing_value() -> None:
    with pytest.raises(KeyError, match="tracking"):
        Template("回执", "{name} {tracking}").fill({"name": "x"})
    assert "张" not in repr(RECEIPT.fill(VALUES))
