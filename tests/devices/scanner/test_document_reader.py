"""Reading MRZs and QR codes from camera-like frames, scored against the true field values."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest
import segno

from benchmarks.mrz_damage import KINDS
from benchmarks.mrz_pages import random_fields as page_fields
from benchmarks.mrz_pages import render_page
from benchmarks.mrz_set import FRAME, LEVELS, _background, _place, random_fields
from devices.scanner.document_reader import DocumentReader
from devices.scanner.specimen import render_document, sample_fields


@pytest.mark.parametrize("format_name", ["TD1", "TD2", "TD3"])
def test_specimen_reads_back_exactly(reader: DocumentReader, format_name: str) -> None:
    read = reader.read(render_document(format_name, sample_fields(format_name)))
    assert read.kind == "mrz" and read.mrz is not None
    assert read.mrz.format == format_name
    assert read.mrz.valid
    assert read.mrz.fields == sample_fields(format_name)


@pytest.mark.parametrize("level", ["rotation", "blur", "noise", "jpeg", "small"])
def test_a_distorted_frame_anywhere_reads_back(reader: DocumentReader, level: str) -> None:
    """GIVEN a random synthetic document placed anywhere in a frame and distorted
    WHEN it is read THEN every field a check digit covers equals the value it was rendered
    with (names carry no check digit: a misread Q for O there is possible and unflagged)."""
    rng = random.Random(f"test-{level}")
    fields = random_fields(rng, "TD3")
    _, scale, max_angle, distort = LEVELS[level]
    frame = _place(rng, render_document("TD3", fields), scale, max_angle, _background(rng, False))
    read = reader.read(distort(rng, frame))
    assert read.mrz is not None and read.mrz.valid
    checked = ("document_number", "birth_date", "expiry_date", "optional_data")
    assert {n: getattr(read.mrz.fields, n) for n in checked} == {
        n: getattr(fields, n) for n in checked
    }


def test_a_frame_without_a_document_reads_none(reader: DocumentReader) -> None:
    frame = np.full((*FRAME, 3), 200, np.uint8)
    cv2.putText(frame, "LEGAL AID <<< 12348 <<< HOTLINE", (40, 400), cv2.FONT_HERSHEY_SIMPLEX,
                1.5, (0, 0, 0), 3)  # fmt: skip
    assert reader.read(frame).kind == "none"


def test_a_qr_code_in_a_phone_photo_of_4000_pixels_reads(reader: DocumentReader, tmp_path) -> None:
    """GIVEN a QR code photographed by a phone, a fifth of a 4000x3000 picture wide
    WHEN it is read (codes are looked for at the OCR's bounded size) THEN its text comes back."""
    payload = "HALL01-000042"
    segno.make(payload).save(tmp_path / "qr.png", scale=30, border=2)
    code = cv2.imread(str(tmp_path / "qr.png"))
    assert code is not None
    photo = np.full((3000, 4000, 3), 170, np.uint8)
    photo[1200 : 1200 + code.shape[0], 1700 : 1700 + code.shape[1]] = code
    read = reader.read(cv2.cvtColor(photo, cv2.COLOR_BGR2RGB))
    assert read.kind == "qr" and read.text == payload


def test_qr_with_a_chinese_payload(reader: DocumentReader, tmp_path) -> None:
    payload = "进度查询 HALL01-000042"
    segno.make(payload).save(tmp_path / "qr.png", scale=6)
    bgr = cv2.imread(str(tmp_path / "qr.png"))
    assert bgr is not None
    image = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    read = reader.read(image)
    assert read.kind == "qr" and read.text == payload
    assert payload not in repr(read)


def test_reads_do_not_leak_personal_data_through_repr(reader: DocumentReader) -> None:
    read = reader.read(render_document("TD3", sample_fields("TD3")))
    assert "SPECIMEN" not in repr(read) and "LK0000427" not in repr(read)


@pytest.mark.parametrize(
    ("format_name", "damage"),
    [
        ("CN-EEP-HKMO", "upside_down"),
        ("CN-MTP-TW", "rotated"),
        ("CN-MTP-HKMO", "desk"),
        ("TD3", "screenshot"),
        ("MRV-B", "glare_shadow"),
    ],
)
def test_a_photographed_page_reads_back(
    reader: DocumentReader, format_name: str, damage: str
) -> None:
    """GIVEN a whole data page or card (security print, portrait, text in several scripts)
    photographed with damage WHEN read THEN the zone is valid with the printed number."""
    rng = random.Random(f"{format_name}-{damage}")
    fields = page_fields(rng, format_name)
    page, char = render_page(rng, format_name, fields)
    image, _, _ = KINDS[damage](rng, page, char)

    read = reader.read(image)

    assert read.mrz is not None and read.mrz.valid, read.mrz and read.mrz.failing
    assert read.mrz.format == format_name
    assert read.mrz.fields.document_number == fields.document_number
