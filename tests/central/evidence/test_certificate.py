"""The notarial certificate as a resident holds it: Chinese text that can be read back out of
the PDF, masked parties only, and a QR code that a phone decodes to the act's verify link."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image

from central.evidence.certificate import certificate_pdf, verify_link

RECORD = {
    "act": "NA-20261207-24D6F25F",
    "kind": "notarisation",
    "tracking_number": "K001-261207-00001-3",
    "organisation": "呼和浩特市公证处",
    "parties": {"resident": ["1501**********123X"], "notary": "张*", "notary_account": "n1"},
    "call_started_at": "2026-12-07T03:00:00+00:00",
    "call_ended_at": "2026-12-07T03:20:00+00:00",
    "recorded_at": "2026-12-07T03:21:00+00:00",
    "identity": [
        {
            "at": "2026-12-07T03:00:10+00:00",
            "occasion": "start",
            "method": "id_card",
            "result": "passed",
        },
        {
            "at": "2026-12-07T03:09:10+00:00",
            "occasion": "reproof",
            "method": "face_check",
            "result": "passed",
        },
    ],
    "documents": [{"title": "委托书", "sha256": "a" * 64, "signed_sha256": "b" * 64}],
    "segments": [{"index": 1, "record_sha256": "c" * 64}, {"index": 2, "record_sha256": "d" * 64}],
}


def test_the_certificate_reads_back_and_its_qr_code_opens_the_verify_link(tmp_path: Path) -> None:
    link = verify_link("https://lex.example.cn/", RECORD["act"], "abcdefgh12345678")  # type: ignore[arg-type]
    assert (
        link
        == "https://lex.example.cn/public/verify?act=NA-20261207-24D6F25F&code=abcdefgh12345678"
    )
    pdf = tmp_path / "cert.pdf"
    pdf.write_bytes(certificate_pdf(RECORD, "呼和浩特市公证处", link))

    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "公证书\n" in text and "NA-20261207-24D6F25F" in text
    assert "2026年12月07日 11:00:00 至 2026年12月07日 11:20:00（北京时间）" in text
    assert "断线后重新核验 人脸比对 通过" in text and "第2段 SHA-256 " + "d" * 64 in text
    assert "1501**********123X" in text and "张*" in text

    subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(tmp_path / "page")], check=True)
    codes = zxingcpp.read_barcodes(Image.open(tmp_path / "page-1.png"))
    assert [c.text for c in codes] == [link]
