"""A notarial document as staff push it during a call: a real PDF of a few pages with
Chinese text (reportlab with the WQY font), and a signature's ink as a touchscreen gives it."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# a 1x1 white PNG: the signature's image where only its type matters
PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)
_FONT = "WQY"


def pushed_pdf(pages: int = 2, title: str = "委托书") -> bytes:
    """`pages` A4 pages, each saying its title and page number in large type."""
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, WQY, subfontIndex=0))
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    for n in range(1, pages + 1):
        page.setFont(_FONT, 36)
        page.drawString(72, 740, f"{title}  第{n}页")
        page.setFont(_FONT, 16)
        for line in range(12):
            page.drawString(72, 680 - line * 28, f"第{line + 1}条  本人自愿委托办理公证事项。")
        page.showPage()
    page.save()
    return out.getvalue()


def ink_json(width: int = 600, height: int = 240) -> dict[str, object]:
    """Two strokes with timing, as the kiosk's signature pad returns them."""
    first = [{"x": 40 + i * 20, "y": 180 - (i % 5) * 25, "t_ms": i * 16} for i in range(20)]
    second = [{"x": 300 + i * 10, "y": 60 + i * 8, "t_ms": 900 + i * 16} for i in range(15)]
    return {"width": width, "height": height, "strokes": [{"points": first}, {"points": second}]}
