"""Render specimen travel documents (synthetic holders) with their MRZ in OCR-B.

Used by `lexkiosk devices check` to exercise the scanner without a real document, by the
scanner's tests, and by the MRZ benchmark, which distorts these renderings. The font is
Debian's fonts-ocr-b, the typeface ICAO 9303 prescribes for the MRZ.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont

from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields
from devices.scanner.ocr import Image

OCR_B = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")


class MissingFont(RuntimeError):
    """fonts-ocr-b is not installed."""


@dataclass(frozen=True)
class DocumentSize:
    width_mm: float
    height_mm: float
    title: str


# ICAO 9303 document sizes: TD1 is an ID card, TD2 a larger card, TD3 a passport page.
SIZES = {
    "TD1": DocumentSize(85.6, 54.0, "IDENTITY CARD"),
    "TD2": DocumentSize(105.0, 74.0, "TRAVEL DOCUMENT"),
    "TD3": DocumentSize(125.0, 88.0, "PASSPORT"),
}
PX_PER_MM = 12.0
MRZ_PITCH_MM = 2.54  # 10 characters per inch
MRZ_LINE_MM = 4.23  # 6 lines per inch


def _font(size: int) -> ImageFont.FreeTypeFont:
    if not OCR_B.exists():
        raise MissingFont("OCR-B font missing: install Debian's fonts-ocr-b (make setup does)")
    return ImageFont.truetype(str(OCR_B), size)


def _mrz_font() -> ImageFont.FreeTypeFont:
    """The OCR-B size whose advance matches the MRZ character pitch."""
    probe = _font(100)
    advance = probe.getlength("<" * 10) / 10
    return _font(round(100 * MRZ_PITCH_MM * PX_PER_MM / advance))


def render_document(format_name: str, fields: MrzFields) -> Image:
    """An RGB image of the document's data page, MRZ at the bottom as ICAO places it."""
    size = SIZES[format_name]
    width, height = round(size.width_mm * PX_PER_MM), round(size.height_mm * PX_PER_MM)
    page = PilImage.new("RGB", (width, height), (238, 234, 222))
    draw = ImageDraw.Draw(page)
    label, value = _font(round(2.2 * PX_PER_MM)), _font(round(3.0 * PX_PER_MM))
    margin = round(5 * PX_PER_MM)
    draw.text((margin, margin), f"{size.title}   {fields.country}", font=value, fill=(40, 60, 110))
    photo = (margin, round(14 * PX_PER_MM), margin + round(24 * PX_PER_MM), round(46 * PX_PER_MM))
    draw.rectangle(photo, fill=(200, 204, 210), outline=(120, 120, 120))
    x = photo[2] + margin
    y = photo[1]
    mrz_lines = compose(format_name, fields).splitlines()
    font = _mrz_font()
    line_px = MRZ_LINE_MM * PX_PER_MM
    top = height - round(3 * PX_PER_MM) - line_px * len(mrz_lines)
    for caption, text in (
        ("Surname", fields.surname),
        ("Given names", fields.given_names),
        ("Date of birth", fields.birth_date),
        ("Document no.", fields.document_number),
    ):
        if y + round(7 * PX_PER_MM) > top:  # the visual zone never runs into the MRZ
            break
        draw.text((x, y), caption, font=label, fill=(90, 90, 90))
        draw.text((x, y + round(2.6 * PX_PER_MM)), text, font=value, fill=(20, 20, 20))
        y += round(7 * PX_PER_MM)
    for index, line in enumerate(mrz_lines):
        draw.text((round(3 * PX_PER_MM), top + index * line_px), line, font=font, fill=(15, 15, 15))
    return np.asarray(page, dtype=np.uint8).copy()


def sample_fields(format_name: str) -> MrzFields:
    """A fixed synthetic holder (no real person) for checks and demos."""
    return MrzFields(
        document_type="P" if format_name == "TD3" else "ID",
        country="UTO",
        surname="SPECIMEN",
        given_names="LEX KIOSK",
        document_number="LK0000427",
        nationality="UTO",
        birth_date="850612",
        sex="F",
        expiry_date="350101",
        optional_data="",
    )
