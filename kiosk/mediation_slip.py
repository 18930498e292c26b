"""The invitation slip of a mediation, printed at the resident's terminal for the resident to
pass on to the other party: the link as a QR code, the one-time code in large letters, when
it expires. The paper is in the service's language (Chinese).

The code lets someone join the call, so the PDF lives in a private temporary folder only while
it prints, and nothing of the slip is kept afterwards (the service answers it only once).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from api_client.schemas.mediation import InvitationSlip
from devices.documents.fonts import cjk_font
from devices.documents.pdf import wrap
from devices.printer.port import Printer

log = logging.getLogger(__name__)
PRINT_TIMEOUT_S = 60.0
WIDTH = 80 * mm
MARGIN = 4 * mm
QR_SIZE = 44 * mm
CODE_SIZE = 26.0
BODY_SIZE = 9.0


def render_slip(slip: InvitationSlip, zone: ZoneInfo, out: Path) -> Path:
    """Write the slip as an 80 mm roll PDF at `out`."""
    font = cjk_font()
    usable = WIDTH - 2 * MARGIN
    lead = wrap(
        "您被邀请参加一次远程人民调解。请在任一公共法律服务终端选择“我被邀请参加调解”，"
        "或用手机扫描二维码，输入下面的邀请码。",
        font,
        BODY_SIZE,
        usable,
    )
    link = wrap(slip.link, font, BODY_SIZE * 0.8, usable)
    expires = slip.expires_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    leading = BODY_SIZE * 1.5
    height = (
        2 * MARGIN
        + 12 * 2.5
        + len(lead) * leading
        + QR_SIZE
        + CODE_SIZE * 2.6
        + (len(link) + 3) * leading
    )
    canvas = Canvas(str(out), pagesize=(WIDTH, height), initialFontName=font)  # type: ignore[arg-type]
    canvas.setTitle("人民调解 邀请函")
    canvas.setCreator("LexKiosk")
    y = height - MARGIN - 12
    canvas.setFont(font, 12)
    canvas.drawCentredString(WIDTH / 2, y, "人民调解 邀请函")
    y -= 12 * 1.5
    canvas.setFont(font, BODY_SIZE)
    for line in lead:
        y -= leading
        canvas.drawString(MARGIN, y, line)
    y -= leading
    widget = QrCodeWidget(slip.link, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    scale = QR_SIZE / max(x1 - x0, y1 - y0)
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[scale, 0, 0, scale, 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, (WIDTH - QR_SIZE) / 2, y - QR_SIZE)
    y -= QR_SIZE + BODY_SIZE * 1.8
    canvas.setFont(font, BODY_SIZE)
    canvas.drawCentredString(WIDTH / 2, y, "邀请码")
    y -= CODE_SIZE * 1.2
    canvas.setFont(font, CODE_SIZE)
    canvas.drawCentredString(WIDTH / 2, y, " ".join((slip.code[:4], slip.code[4:])))
    y -= CODE_SIZE * 0.6 + leading
    canvas.setFont(font, BODY_SIZE)
    canvas.drawString(MARGIN, y, f"有效期至：{expires}")
    canvas.setFont(font, BODY_SIZE * 0.8)
    for line in link:
        y -= leading
        canvas.drawString(MARGIN, y, line)
    canvas.save()
    return out


def print_slip(printer: Printer, slip: InvitationSlip, zone: ZoneInfo) -> bool:
    """Render and print; runs on a worker thread. True when the printer took the job."""
    with tempfile.TemporaryDirectory(prefix="lexkiosk-slip-") as folder:
        pdf = render_slip(slip, zone, Path(folder) / "slip.pdf")
        done = printer.print_pdf(pdf, "mediation invitation", PRINT_TIMEOUT_S)
    if not done.ok:
        log.warning("the invitation slip was not printed: %s", done.code.value)
    return done.ok
