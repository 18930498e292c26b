"""Realistic data pages and cards for the MRZ benchmark, drawn by the project's own renderer.

A page is what a resident holds up: a guilloche security background, a portrait, a
hologram patch, captions in Chinese, Mongolian and Latin script, and the MRZ in OCR-B at the
bottom, a small part of the whole. Every holder is synthetic.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont

from devices.mrz.compose import LAYOUTS, compose
from devices.mrz.parser import MrzFields
from devices.scanner.specimen import _font

Image = npt.NDArray[Any]
PX_PER_MM = 12.0
MRZ_PITCH_MM, MRZ_LINE_MM = 2.54, 4.23
CJK = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
MONGOLIAN = Path("/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf")
LATIN = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True)
class PageSize:
    width_mm: float
    height_mm: float
    title_zh: str
    title_en: str


SIZES = {
    "TD1": PageSize(85.6, 54.0, "居民身份卡", "IDENTITY CARD"),
    "TD2": PageSize(105.0, 74.0, "旅行证件", "TRAVEL DOCUMENT"),
    "TD3": PageSize(125.0, 88.0, "护照", "PASSPORT"),
    "MRV-A": PageSize(120.0, 80.0, "签证", "VISA"),
    "MRV-B": PageSize(105.0, 74.0, "签证", "VISA"),
    "CN-EEP-HKMO": PageSize(85.6, 54.0, "往来港澳通行证", "EXIT-ENTRY PERMIT"),
    "CN-EEP-TW": PageSize(85.6, 54.0, "往来台湾通行证", "EXIT-ENTRY PERMIT"),
    "CN-MTP-HKMO": PageSize(85.6, 54.0, "港澳居民来往内地通行证", "MAINLAND TRAVEL PERMIT"),
    "CN-MTP-TW": PageSize(85.6, 54.0, "台湾居民来往大陆通行证", "MAINLAND TRAVEL PERMIT"),
}


def _truetype(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path if path.exists() else LATIN), size)


def _mrz_font() -> ImageFont.FreeTypeFont:
    probe = _font(100)
    advance = probe.getlength("<" * 10) / 10
    return _font(round(100 * MRZ_PITCH_MM * PX_PER_MM / advance))


def _guilloche(rng: random.Random, width: int, height: int) -> Image:
    tint = np.array([rng.randint(200, 245) for _ in range(3)], np.uint8)
    page = np.empty((height, width, 3), np.uint8)
    page[:] = tint
    xs = np.arange(0, width, 3, dtype=np.float32)
    for k in range(rng.randint(25, 45)):
        amp = rng.uniform(8, 40)
        freq = rng.uniform(0.004, 0.03)
        phase = rng.uniform(0, 2 * math.pi)
        base = rng.uniform(0, height)
        ys = base + amp * np.sin(xs * freq + phase) + 0.5 * amp * np.sin(xs * freq * 2.7 + k)
        points = np.stack([xs, ys], axis=1).astype(np.int32)
        colour = tuple(int(c) - rng.randint(25, 70) for c in tint)
        cv2.polylines(page, [points], False, colour, 1, cv2.LINE_AA)
    return page


def _portrait(rng: random.Random, page: PilImage.Image, box: tuple[int, int, int, int]) -> None:
    """A synthetic head and shoulders, clipped to its frame."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    photo = PilImage.new("RGB", (w, h), (rng.randint(150, 210),) * 3)
    draw = ImageDraw.Draw(photo)
    cx = w // 2
    skin = (rng.randint(170, 230), rng.randint(130, 180), rng.randint(100, 150))
    draw.ellipse((cx - w // 4, w // 6, cx + w // 4, w // 6 + w * 2 // 3), fill=skin)
    draw.ellipse((cx - w // 2, h - w // 3, cx + w // 2, h + w // 3), fill=(40, 40, 60))
    hair = (rng.randint(10, 60),) * 3
    draw.chord((cx - w // 4, w // 8, cx + w // 4, w // 2), 180, 360, fill=hair)
    page.paste(photo, (x0, y0))


def _hologram(rng: random.Random, page: Image) -> Image:
    h, w = page.shape[:2]
    overlay = np.zeros_like(page)
    centre = (rng.randint(w // 2, w - 50), rng.randint(40, h // 2))
    for i in range(6):
        hsv = np.array([[[i * 30, 200, 255]]], np.uint8)
        colour = tuple(int(v) for v in cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB)[0, 0])
        cv2.ellipse(overlay, centre, (90 - i * 12, 60 - i * 8), 20, 0, 360, colour, 6)
    return cv2.addWeighted(page, 1.0, overlay, 0.35, 0)


def render_page(rng: random.Random, format_name: str, fields: MrzFields) -> tuple[Image, float]:
    """The page as RGB and the height of an MRZ character in its pixels."""
    size = SIZES[format_name]
    width, height = round(size.width_mm * PX_PER_MM), round(size.height_mm * PX_PER_MM)
    base = _hologram(rng, _guilloche(rng, width, height))
    page = PilImage.fromarray(base)
    draw = ImageDraw.Draw(page)
    mm = PX_PER_MM
    lines = compose(format_name, fields).splitlines()
    top = height - round(3 * mm) - MRZ_LINE_MM * mm * len(lines)
    # The MRZ sits on a clear band, as ICAO requires; the security print stops above it.
    draw.rectangle((0, round(top - 2 * mm), width, height), fill=(236, 234, 226))
    draw.text((round(4 * mm), round(3 * mm)), size.title_zh, font=_truetype(CJK, round(4 * mm)),
              fill=(120, 20, 30))  # fmt: skip
    draw.text((round(4 * mm), round(8 * mm)), size.title_en,
              font=_truetype(LATIN, round(2.6 * mm)), fill=(40, 60, 110))  # fmt: skip
    photo_h = max(round(top - 16 * mm), round(14 * mm))
    photo = (
        round(4 * mm),
        round(13 * mm),
        round(4 * mm + photo_h * 0.78),
        round(13 * mm) + photo_h,
    )
    _portrait(rng, page, photo)
    x, y = photo[2] + round(4 * mm), photo[1]
    small, value = _truetype(CJK, round(2.0 * mm)), _truetype(LATIN, round(2.8 * mm))
    mongolian = _truetype(MONGOLIAN, round(2.6 * mm))
    captions = [
        ("姓名 Name", f"{fields.surname} {fields.given_names}".strip()),
        ("出生日期 Date of birth", fields.birth_date),
        ("证件号码 No.", fields.document_number),
        ("签发机关 Authority", "出入境管理局"),
    ]
    for caption, text in captions:
        if y + round(6.5 * mm) > top - 2 * mm:
            break
        draw.text((x, y), caption, font=small, fill=(90, 90, 90))
        font = _truetype(CJK, round(2.8 * mm)) if not text.isascii() else value
        draw.text((x, y + round(2.4 * mm)), text, font=font, fill=(20, 20, 20))
        y += round(6.5 * mm)
    if y + 4 * mm < top - 2 * mm:
        draw.text((x, y), "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ", font=mongolian, fill=(60, 60, 60))
    font = _mrz_font()
    for index, line in enumerate(lines):
        draw.text((round(3 * mm), top + index * MRZ_LINE_MM * mm), line, font=font,
                  fill=(15, 15, 15))  # fmt: skip
    char_px = font.getbbox("E")[3] - font.getbbox("E")[1]
    return np.asarray(page, dtype=np.uint8).copy(), float(char_px)


LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
SURNAMES = ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "BATU", "ORGIL",
            "NARAN", "ERDENE", "SUN", "MA", "GAO", "LUO"]  # fmt: skip
GIVEN = ["MEI", "JUN", "XIAO HONG", "WEI", "NARAN", "SARUUL", "LAN", "QING", "ANNA MARIA", ""]
CODES = {"TD3": ["P", "PO"], "TD2": ["I", "ID"], "TD1": ["I", "ID", "AC"], "MRV-A": ["V"],
         "MRV-B": ["V"], "CN-EEP-HKMO": ["CS"], "CN-EEP-TW": ["CD"], "CN-MTP-HKMO": ["CR"],
         "CN-MTP-TW": ["CT"]}  # fmt: skip
_SHAPE = {"A": LETTERS, "N": "0123456789", "X": LETTERS + "0123456789"}


def random_fields(rng: random.Random, format_name: str) -> MrzFields:
    """A synthetic holder fitting the format."""
    layout = LAYOUTS[format_name]
    spans = layout.spans

    def date(lo: int, hi: int) -> str:
        return f"{rng.randint(lo, hi):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"

    shape = layout.number_shape or "X" * 9
    number = "".join(rng.choice(_SHAPE[c]) for c in shape if c != "<")
    if format_name == "CN-EEP-HKMO":
        number = "C" + number[1:]  # these permit numbers all start with C
    widths = [spans[n].end - spans[n].start for n in layout.optional]
    optional = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, min(widths or [0]))))
    china = format_name.startswith("CN-")
    country = "CHN" if china else rng.choice(["CHN", "UTO", "MNG", "D"])
    return MrzFields(
        document_type=rng.choice(CODES[format_name]),
        country=country if "country" in spans else "",
        surname=rng.choice(SURNAMES) if "names" in spans else "",
        given_names=rng.choice(GIVEN) if "names" in spans else "",
        document_number=number,
        nationality=(country if china else rng.choice(["CHN", "UTO", "MNG"]))
        if "nationality" in spans
        else "",
        birth_date=date(40, 99),
        sex=rng.choice("MF") if "sex" in spans else "",
        expiry_date=date(27, 39),
        optional_data="" if china else optional,
    )
