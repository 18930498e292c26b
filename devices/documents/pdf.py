"""Documents to PDF with reportlab: A4 pages and 80 mm receipt rolls, CJK text kept as text.

The text is drawn with an embedded TrueType subset (not as outlines) so that the PDF stays
searchable and `pdftotext` can prove the resident's name is really in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from devices.documents.fonts import cjk_font
from devices.documents.model import Document, Layout


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float | None  # None: a roll, as long as the content
    margin: float
    title_size: float
    body_size: float
    qr_size: float


SPECS: dict[Layout, PageSpec] = {
    "a4": PageSpec(A4[0], A4[1], 20 * mm, 18, 12, 35 * mm),
    "receipt80": PageSpec(80 * mm, None, 4 * mm, 12, 9, 30 * mm),
}


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break a line where it would overflow; CJK has no spaces, so break between characters."""
    if not text:
        return [""]
    out: list[str] = []
    line = ""
    for char in text:
        if stringWidth(line + char, font, size) > width and line:
            out.append(line)
            line = char
        else:
            line += char
    out.append(line)
    return out


def _layout_lines(doc: Document, spec: PageSpec, font: str) -> list[str]:
    usable = spec.width - 2 * spec.margin
    lines: list[str] = []
    for raw in doc.lines:
        lines.extend(wrap(raw, font, spec.body_size, usable))
    return lines


def render(doc: Document, layout: Layout, out: Path) -> Path:
    """Write `doc` as a PDF at `out` and return it."""
    spec = SPECS[layout]
    font = cjk_font()
    lines = _layout_lines(doc, spec, font)
    leading = spec.body_size * 1.5
    height = spec.height or _roll_height(spec, len(lines), leading, doc.qr is not None)
    # the initial font, or every page references an unembedded Helvetica (stubs mistype it)
    canvas = Canvas(
        str(out),
        pagesize=(spec.width, height),
        pageCompression=1,
        initialFontName=font,  # type: ignore[arg-type]
    )
    canvas.setTitle(doc.title)
    canvas.setCreator("LexKiosk")
    y = _title(canvas, doc.title, spec, font, height)
    for line in lines:
        if y < spec.margin + leading:
            canvas.showPage()
            y = height - spec.margin - spec.body_size
        canvas.setFont(font, spec.body_size)
        canvas.drawString(spec.margin, y, line)
        y -= leading
    if doc.qr:
        y = _qr(canvas, doc.qr, spec, y, height)
    if doc.footer:
        canvas.setFont(font, spec.body_size * 0.8)
        canvas.drawCentredString(spec.width / 2, max(spec.margin / 2, y - leading), doc.footer)
    canvas.save()
    return out


def _roll_height(spec: PageSpec, count: int, leading: float, qr: bool) -> float:
    return (
        2 * spec.margin
        + spec.title_size * 2.5
        + count * leading
        + (spec.qr_size + leading if qr else 0)
        + leading * 2
    )


def _title(canvas: Canvas, title: str, spec: PageSpec, font: str, height: float) -> float:
    canvas.setFont(font, spec.title_size)
    y = height - spec.margin - spec.title_size
    canvas.drawCentredString(spec.width / 2, y, title)
    return y - spec.title_size * 1.5


def _qr(canvas: Canvas, payload: str, spec: PageSpec, y: float, height: float) -> float:
    if y - spec.qr_size < spec.margin:
        canvas.showPage()
        y = height - spec.margin
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    scale = spec.qr_size / max(x1 - x0, y1 - y0)
    drawing = Drawing(spec.qr_size, spec.qr_size, transform=[scale, 0, 0, scale, 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, (spec.width - spec.qr_size) / 2, y - spec.qr_size)
    return y - spec.qr_size
