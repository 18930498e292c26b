"""Read a document held up to the camera: a QR code or barcode first (fast), else an MRZ.

The MRZ is looked for as a band of characters first (devices.scanner.mrz_band: any
rotation, upside down, any place on the page); only when no band reads does the slower text
detector look for its lines. A zone is valid only when every check digit holds and the
characters no check can vouch for were legible (devices.scanner.band_reader)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

import cv2

from devices.mrz.parser import MrzResult, MrzShapeError, parse_mrz
from devices.scanner.band_reader import Reading, band_reads, grey_of
from devices.scanner.barcodes import read_barcodes
from devices.scanner.mrz_glyphs import read_row_scored
from devices.scanner.mrz_locate import Row, fit_width, mrz_candidates
from devices.scanner.mrz_rows import row_strips
from devices.scanner.ocr import Image, OcrEngine

# OCR runs on at most this many pixels along the longer side: enough for OCR-B at the sizes
# a passport photographed across a 640-1920 pixel frame gives, and it bounds the time.
MAX_SIDE = 1600


@dataclass(frozen=True, repr=False)
class DocumentRead:
    kind: Literal["mrz", "qr", "none"]
    mrz: MrzResult | None = None
    text: str = ""  # the QR payload or the MRZ lines: personal data, never logged

    def __repr__(self) -> str:
        return f"DocumentRead({self.kind})"

    def to_dict(self) -> dict[str, object]:
        if self.kind == "mrz" and self.mrz is not None:
            return {"kind": "mrz", **self.mrz.to_dict()}
        if self.kind == "qr":
            return {"kind": "qr", "text": self.text}
        return {"kind": "none"}


def _bounded(image: Image) -> Image:
    height, width = image.shape[:2]
    scale = MAX_SIDE / max(height, width)
    if scale >= 1:
        return image
    size = (round(width * scale), round(height * scale))
    return cast(Image, cv2.resize(image, size, interpolation=cv2.INTER_AREA))


def _plausible(read: DocumentRead) -> bool:
    """An MRZ that fails a check is still reported (the screen can ask to rescan) when most
    of its check digits hold; random text passes each check one time in ten."""
    checks = [ok for ok in read.mrz.checks.values() if ok is not None] if read.mrz else []
    return sum(checks) >= 2 and sum(checks) >= len(checks) - 1


class DocumentReader:
    """Stateless apart from the shared OCR engine; one per process is plenty."""

    def __init__(self, ocr: OcrEngine | None = None, *, text_detector: bool = False) -> None:
        self._ocr = ocr
        self._text_detector = text_detector

    def read(self, image: Image) -> DocumentRead:
        """`image` is an RGB (or grey) uint8 array, as the camera pipeline delivers."""
        # A code held up to the camera is large: it reads at the OCR's size too, and a phone
        # photo of 4000 pixels took seconds at its own.
        codes = read_barcodes(_bounded(image))
        if codes:
            return DocumentRead("qr", text=codes[0].text)
        fallback: DocumentRead | None = None
        for reading in band_reads(grey_of(image)):
            read = _as_read(reading.judged())
            if read.mrz is not None and read.mrz.valid:
                return read
            if _plausible(read):
                fallback = fallback or read
        if fallback is not None or not self._text_detector:
            return fallback or DocumentRead("none")
        return self._read_text_lines(image)

    def _read_text_lines(self, image: Image) -> DocumentRead:
        """The text detector's lines as MRZ candidates: slower, for what the bands miss."""
        ocr = self._ocr or OcrEngine.shared()
        bounded = _bounded(image)
        fallback: DocumentRead | None = None
        for width, rows in mrz_candidates(ocr.lines(bounded)):
            read = self._read_candidate(bounded, width, rows)
            if read is not None and read.mrz is not None and read.mrz.valid:
                return read
            if read is not None and _plausible(read):
                fallback = fallback or read
        return fallback or DocumentRead("none")

    @staticmethod
    def _read_candidate(image: Image, width: int, rows: list[Row]) -> DocumentRead | None:
        """Read the rows cell by cell; where they cannot be cut, use the recogniser's text."""
        lines: list[str] = []
        leads: list[list[float]] = []
        for row, strip in zip(rows, row_strips(image, [row.boxes for row in rows]), strict=True):
            scored = read_row_scored(strip, width)
            # The recogniser's own text has no glyph leads: it counts as a tie everywhere.
            line = "".join(c for c, _ in scored) if scored else fit_width(row.text, width)
            if line is None:
                return None
            lines.append(line)
            leads.append([lead for _, lead in scored] if scored else [0.0] * width)
        try:
            result = parse_mrz("\n".join(lines), ocr=True)
        except MrzShapeError:
            return None
        char_px = 0.6 * max(box.thickness for row in rows for box in row.boxes)
        reading = Reading(result, leads, char_px)
        return _as_read(reading.judged())


def _as_read(result: MrzResult) -> DocumentRead:
    return DocumentRead("mrz", mrz=result, text="\n".join(result.lines))
