"""The CJK font embedded in every document, registered with reportlab once per process.

reportlab embeds a subset of a TrueType font, so `pdftotext` can read Chinese back; it cannot
use PostScript-outline CJK fonts (Noto CJK), hence WenQuanYi Micro Hei (Debian
fonts-wqy-microhei), which the shell needs anyway.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "LexKioskCJK"
CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)
_lock = threading.Lock()


class MissingFont(RuntimeError):
    """No usable CJK font is installed; documents would print Chinese as empty boxes."""


def cjk_font() -> str:
    """Register the font on first use and return its reportlab name."""
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        for path in CANDIDATES:
            if path.exists():
                index = 0 if path.suffix == ".ttc" else None
                font = TTFont(FONT_NAME, str(path), subfontIndex=index or 0)
                pdfmetrics.registerFont(font)
                return FONT_NAME
    raise MissingFont("no Chinese font found; install the Debian package fonts-wqy-microhei")
