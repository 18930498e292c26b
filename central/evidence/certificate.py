"""The notarial certificate: an A4 page in Chinese (reportlab, the WQY font) naming the act, its
parties (masked), documents and recording segments by hash, with a QR code leading to
`/public/verify?act=...&code=...`. This unsigned PDF is what the seal signs."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT = "WQYMicroHei"
KINDS = {"notarisation": "远程视频公证"}
WORDS = {
    "start": "开始时",
    "reproof": "断线后重新核验",
    "id_card": "身份证",
    "passport": "护照",
    "face_check": "人脸比对",
    "passed": "通过",
    "failed": "未通过",
}
LOCAL = ZoneInfo("Asia/Shanghai")


def _when(iso: str | None) -> str:
    """ISO time from the record, as Beijing time in words people read."""
    if not iso:
        return "—"
    return datetime.fromisoformat(iso).astimezone(LOCAL).strftime("%Y年%m月%d日 %H:%M:%S")


class CertificateError(Exception):
    """The certificate cannot be drawn (the font is missing)."""


def verify_link(base_url: str, act_id: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/public/verify?" + urlencode({"act": act_id, "code": code})


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        if not FONT_FILE.exists():
            raise CertificateError(f"the Chinese font {FONT_FILE} is missing (fonts-wqy-microhei)")
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    return FONT


def _qr(canvas: Canvas, link: str, x: float, y: float, size: float) -> None:
    """The code drawn as squares (vector: sharp at any print resolution)."""
    matrix = segno.make_qr(link, error="m").matrix
    cell = size / (len(matrix) + 8)  # a quiet zone of four cells each side
    canvas.setFillColorRGB(0, 0, 0)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                canvas.rect(x + (col + 4) * cell, y + size - (row + 5) * cell, cell, cell, 0, 1)


def _lines(record: dict[str, Any]) -> list[str]:
    parties = record["parties"]
    kind = KINDS.get(record["kind"], record["kind"])
    call = f"{_when(record['call_started_at'])} 至 {_when(record['call_ended_at'])}"
    lines = [
        f"公证书编号：{record['act']}",
        f"公证事项：{kind}（受理编号 {record['tracking_number']}）",
        f"公证机构：{record['organisation']}",
        f"承办公证员：{parties['notary'] or '—'}",
        f"当事人（已遮蔽）：{'、'.join(parties['resident']) or '—'}",
        f"视频办理：{call}（北京时间）",
        f"出具时间：{_when(record['recorded_at'])}",
        "",
        f"身份核验：{len(record['identity'])} 次",
    ]
    for item in record["identity"]:
        words = [WORDS.get(item[k], item[k]) for k in ("occasion", "method", "result")]
        lines.append(f"  {_when(item['at'])}  {' '.join(words)}")
    lines.append(f"文书：{len(record['documents'])} 份")
    for doc in record["documents"]:
        lines.append(f"  {doc['title']}  SHA-256 {doc['signed_sha256'] or doc['sha256']}")
    lines.append(f"录音录像分段：{len(record['segments'])} 段")
    for seg in record["segments"]:
        side = "（单独谈话）" if seg.get("kind") == "side_talk" else ""
        lines.append(f"  第{seg['index']}段{side} SHA-256 {seg['record_sha256']}")
    return lines


def certificate_pdf(record: dict[str, Any], office: str, link: str) -> bytes:
    """One page; long lists are cut with a note (the journal entry keeps them all)."""
    font = _font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(f"公证书 {record['act']}")
    canvas.setAuthor(office)
    width, height = A4
    canvas.setFont(font, 22)
    canvas.drawCentredString(width / 2, height - 30 * mm, "公 证 书")
    canvas.setFont(font, 11)
    canvas.drawCentredString(width / 2, height - 38 * mm, office)
    y = height - 55 * mm
    lines = _lines(record)
    room = int((y - 70 * mm) // (6.5 * mm))
    if len(lines) > room:
        lines = [*lines[: room - 1], f"（其余 {len(lines) - room + 1} 行见公证档案）"]
    canvas.setFont(font, 10)
    for line in lines:
        canvas.drawString(20 * mm, y, line[:95])
        y -= 6.5 * mm
    _qr(canvas, link, width - 60 * mm, 18 * mm, 42 * mm)
    canvas.setFont(font, 9)
    canvas.drawString(
        20 * mm, 40 * mm, "扫描右侧二维码，或在公共法律服务网站“核验公证书”页上传本文件，"
    )
    canvas.drawString(20 * mm, 34 * mm, "可查验本公证书由谁盖章、何时盖章、盖章后是否被改动。")
    canvas.drawString(20 * mm, 24 * mm, f"{office}（电子签章）")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
