"""A benchmark set of synthetic documents at stated distortion levels, made fresh and seeded.

Each image puts a rendered document (devices.scanner.specimen) somewhere in a 1280x960 camera
frame, then applies one distortion family at a stated strength. The truth is the fields the
document was rendered from, so scoring checks the values read, not only the check digits.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from devices.mrz.parser import MrzFields
from devices.scanner.specimen import render_document

FRAME = (960, 1280)  # height, width of the simulated camera frame
SURNAMES = ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "BATU", "ORGIL"]
GIVEN = ["MEI", "JUN", "XIAO HONG", "WEI", "NARAN", "SARUUL", "LAN", "QING", "ANNA MARIA"]
Image = npt.NDArray[Any]  # frames here are whatever OpenCV hands back
LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


@dataclass(frozen=True)
class Sample:
    level: str
    image: Image
    format: str | None  # None: no MRZ in the image
    fields: MrzFields | None


def random_fields(rng: random.Random, format_name: str) -> MrzFields:
    def date(lo: int, hi: int) -> str:
        return f"{rng.randint(lo, hi):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"

    number = "".join(rng.choice(LETTERS + "0123456789") for _ in range(9))
    optional_len = {"TD1": 11, "TD2": 7, "TD3": 14}[format_name]
    optional = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, optional_len)))
    return MrzFields(
        document_type="P" if format_name == "TD3" else rng.choice(["ID", "I", "AC"]),
        country=rng.choice(["CHN", "UTO", "MNG", "D"]),
        surname=rng.choice(SURNAMES),
        given_names=rng.choice(GIVEN),
        document_number=number,
        nationality=rng.choice(["CHN", "UTO", "MNG"]),
        birth_date=date(40, 99),
        sex=rng.choice("MF"),
        expiry_date=date(27, 39),
        optional_data=optional,
    )


def _background(rng: random.Random, textured: bool) -> Image:
    h, w = FRAME
    base: Image = np.full((h, w, 3), rng.randint(60, 200), np.uint8)
    if textured:
        noise = np.random.default_rng(rng.randint(0, 2**31)).integers(0, 60, (h // 8, w // 8, 3))
        base = cv2.add(base, cv2.resize(noise.astype(np.uint8), (w, h)))
    return base


def _place(rng: random.Random, doc: Image, scale: float, angle: float, bg: Image) -> Image:
    doc = cv2.resize(doc, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = doc.shape[:2]
    frame = bg.copy()
    y, x = rng.randint(0, FRAME[0] - h), rng.randint(0, FRAME[1] - w)
    frame[y : y + h, x : x + w] = doc
    if angle:
        center = (x + w / 2, y + h / 2)
        matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
        frame = cv2.warpAffine(frame, matrix, (FRAME[1], FRAME[0]), borderMode=cv2.BORDER_REPLICATE)
    return frame


def _light(image: Image, strength: float) -> Image:
    w = image.shape[1]
    ramp = np.linspace(1.0 - strength, 1.0, w, dtype=np.float32)[None, :, None]
    return np.clip(image.astype(np.float32) * ramp, 0, 255).astype(np.uint8)


def _jpeg(image: Image, quality: int) -> Image:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    decoded = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    assert ok and decoded is not None
    return decoded


Distortion = Callable[[random.Random, Image], Image]

# level name -> (what it does, in words; placement scale; rotation limit; post-processing)
LEVELS: dict[str, tuple[str, float, float, Distortion]] = {
    "clean": ("upright, sharp, 80% scale", 0.8, 0.0, lambda r, im: im),
    "rotation": ("rotated up to +/-5 degrees", 0.8, 5.0, lambda r, im: im),
    "blur": ("Gaussian blur sigma 1.5", 0.8, 0.0, lambda r, im: cv2.GaussianBlur(im, (0, 0), 1.5)),
    "noise": (
        "Gaussian noise sigma 12",
        0.8,
        0.0,
        lambda r, im: np.clip(
            im + np.random.default_rng(r.randint(0, 2**31)).normal(0, 12, im.shape), 0, 255
        ).astype(np.uint8),
    ),
    "jpeg": ("JPEG quality 30", 0.8, 0.0, lambda r, im: _jpeg(im, 30)),
    "texture+light": (
        "textured background, light falling to 55% across the frame",
        0.8,
        2.0,
        lambda r, im: _light(im, 0.45),
    ),
    "small": ("document at 55% scale (MRZ characters ~17 px)", 0.55, 2.0, lambda r, im: im),
}


def samples(per_level: int, seed: int = 9303) -> Iterator[Sample]:
    rng = random.Random(seed)
    for level, (_, scale, max_angle, distort) in LEVELS.items():
        for index in range(per_level):
            fmt = ("TD1", "TD2", "TD3")[index % 3]
            fields = random_fields(rng, fmt)
            bg = _background(rng, textured=level == "texture+light")
            angle = rng.uniform(-max_angle, max_angle)
            image = distort(rng, _place(rng, render_document(fmt, fields), scale, angle, bg))
            yield Sample(level, image, fmt, fields)
    for index in range(per_level):
        yield Sample("no-mrz", _no_mrz(rng, index), None, None)


def _no_mrz(rng: random.Random, index: int) -> Image:
    """Frames with text, shapes and filler-like rows but no MRZ: none must be read as one."""
    frame = _background(rng, textured=index % 2 == 0)
    for _ in range(6):
        text = " ".join(rng.choice(SURNAMES + GIVEN) for _ in range(rng.randint(2, 6)))
        org = (rng.randint(20, 600), rng.randint(40, 900))
        cv2.putText(frame, text, org, cv2.FONT_HERSHEY_SIMPLEX, 1.2, (20, 20, 20), 2)
    if index % 3 == 0:  # a row of chevrons and digits, almost an MRZ line but not one
        cv2.putText(frame, "<<<< 12345 <<<< ABC <<<<", (40, 500), cv2.FONT_HERSHEY_PLAIN, 2.5,
                    (10, 10, 10), 2)  # fmt: skip
    for _ in range(4):
        center = (rng.randint(0, FRAME[1]), rng.randint(0, FRAME[0]))
        cv2.circle(frame, center, rng.randint(20, 120), (rng.randint(0, 255),) * 3, -1)
    return frame
