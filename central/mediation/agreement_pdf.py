"""The agreement as a PDF: the rendered template text on A4 pages in Chinese (reportlab, the
WQY font, wrapped by width), and on the last page one box per party with its signature image,
role and time. This unsigned PDF is what the evidence seal signs."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from api_client.schemas.agreement import SIGNING_ROLES
from central.evidence.certificate import _font  # one registration of the Chinese font

LOCAL = ZoneInfo("Asia/Shanghai")
ROLE_WORDS = {"resident": "当事人（申请方）", "other_party": "当事人（另一方）",
              "mediator": "人民调解员（确认）"}  # fmt: skip
_SIZE = 11
_LINE = 7 * mm
_LEFT = 20 * mm
_WIDTH = A4[0] - 40 * mm
_BOXES = 62 * mm  # the signature row's height


class Signed(Protocol):
    role: str
    image_png: bytes
    signed_at: datetime


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than `width`, broken between any two characters (Chinese has no
    spaces); the text's own line breaks stay."""
    lines: list[str] = []
    for para in text.splitlines():
        line = ""
        for char in para:
            if line and pdfmetrics.stringWidth(line + char, font, size) > width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return lines


def _signatures(canvas: Canvas, font: str, signed: Sequence[Signed], y: float) -> None:
    by_role = {s.role: s for s in signed}
    box = _WIDTH / len(SIGNING_ROLES)
    for i, role in enumerate(SIGNING_ROLES):
        x = _LEFT + i * box
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.rect(x + 2 * mm, y - _BOXES + 8 * mm, box - 4 * mm, _BOXES - 10 * mm)
        canvas.setFont(font, 10)
        canvas.drawString(x + 4 * mm, y - 6 * mm, ROLE_WORDS[role] + "签名：")
        sig = by_role.get(role)
        if sig is None:
            continue
        canvas.drawImage(
            ImageReader(io.BytesIO(sig.image_png)),
            x + 4 * mm, y - _BOXES + 14 * mm, box - 8 * mm, _BOXES - 26 * mm,
            preserveAspectRatio=True, mask="auto",
        )  # fmt: skip
        canvas.setFont(font, 8)
        when = sig.signed_at.astimezone(LOCAL).strftime("%Y年%m月%d日 %H:%M")
        canvas.drawString(x + 4 * mm, y - _BOXES + 10 * mm, when)


def agreement_pdf(
    title: str, agreement_id: str, version: int, text: str, signed: Sequence[Signed]
) -> bytes:
    font = _font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(f"{title} {agreement_id}")
    _, height = A4
    lines = wrap(text, font, _SIZE, _WIDTH)
    if lines and lines[0].strip() == title:
        lines = lines[1:]  # the body starts with the title, drawn large instead
    y = height - 45 * mm
    canvas.setFont(font, 20)
    canvas.drawCentredString(A4[0] / 2, height - 30 * mm, title)
    canvas.setFont(font, 8)
    canvas.drawRightString(A4[0] - 20 * mm, height - 37 * mm, f"{agreement_id} 第{version}版")
    canvas.setFont(font, _SIZE)
    for line in lines:
        if y < 25 * mm:
            canvas.showPage()
            canvas.setFont(font, _SIZE)
            y = height - 25 * mm
        canvas.drawString(_LEFT, y, line)
        y -= _LINE
    if y - _BOXES < 15 * mm:
        canvas.showPage()
        y = height - 25 * mm
    _signatures(canvas, font, signed, y - 4 * mm)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
