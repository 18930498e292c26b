"""Read the MRZ from the bands devices.scanner.mrz_band finds: cut level, both ways up,
split into lines, each line read cell by cell with the OCR-B templates, judged by the
check digits (with the repairs only the fields' alphabets decide)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import cv2
import numpy as np

from devices.mrz.formats import BY_NAME, SHAPES
from devices.mrz.layouts import Kind
from devices.mrz.parser import MrzResult, MrzShapeError, parse_mrz
from devices.scanner.mrz_band import Band, cut_band, find_bands, line_extent, split_lines
from devices.scanner.mrz_glyphs import read_row_scored
from devices.scanner.ocr import Image

LINE_HEIGHT = 48
# How far a glyph in a document number must lead its look-alikes (O/0, I/1, B/8...) in
# template correlation. Two such swaps at weights 3 and 7 cancel in every check digit, so
# a near-tie there is a guess the check digits cannot catch: the zone is then not legible.
MIN_LEAD, MIN_LEAD_SMALL = 0.05, 0.2


def grey_of(image: Image) -> Image:
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


@dataclass(frozen=True, repr=False)
class Reading:
    """A zone as read, and how far each character's glyph led the runner-up."""

    mrz: MrzResult
    leads: list[list[float]]
    char_px: float  # character height in the source image

    def legible(self) -> bool:
        """Whether the characters no alphabet or check digit can vouch for were told from
        their look-alikes with room to spare; small print needs more room."""
        return self.weakest_mixed() >= (MIN_LEAD_SMALL if self.char_px < 10 else MIN_LEAD)

    def weakest_mixed(self) -> float:
        return weakest_mixed(self.mrz, self.leads)

    def judged(self) -> MrzResult:
        """The zone's result; an illegible zone fails its `legible` check, so it is never
        valid however its check digits came out."""
        return replace(self.mrz, checks={**self.mrz.checks, "legible": self.legible()})

    def __repr__(self) -> str:
        return f"Reading({self.mrz!r})"


def weakest_mixed(mrz: MrzResult, leads: list[list[float]]) -> float:
    """The smallest lead among characters of fields that admit letters and digits: there no
    alphabet and no check digit can tell O from 0 if the glyphs cannot."""
    layout = BY_NAME[mrz.format]
    values = [
        leads[line][col]
        for name, span in layout.spans.items()
        if span.kind is Kind.ALNUM
        for line, col in span.positions()
        if not (name == "document_number" and layout.number_shape
                and layout.number_shape[col - span.start] != "X")
    ]  # fmt: skip
    return min(values, default=1.0)


def band_reads(grey: Image, limit: int = 6) -> Iterator[Reading]:
    """Every MRZ-shaped reading of the likeliest bands, in order; the caller stops at the
    first valid one."""
    for band in find_bands(grey, limit):
        for turn in (0.0, 180.0):
            turned = Band(band.centre, band.size, band.angle + turn)
            for reading in _read_cut(cut_band(grey, turned, LINE_HEIGHT)):
                lines = len(reading.leads)
                yield replace(reading, char_px=0.6 * band.size[1] / max(lines, 1))


def _read_cut(cut: Image) -> Iterator[Reading]:
    strips, marks = [], []
    for strip in split_lines(cut):
        level = _level(strip)
        extent = line_extent(level)
        if extent is not None:
            strips.append(level[:, extent[0] : extent[1]])
            marks.append(extent[2])
    if not strips or len(strips) > 6:
        return
    for count, width in SHAPES:
        if count > len(strips) or not _fits(marks[-count:], width):
            continue
        # The zone is the bottom lines of what was cut (a band may take a line above it in).
        start = len(strips) - count
        rows = [read_row_scored(strip, width) for strip in strips[start : start + count]]
        if any(row is None for row in rows):
            continue
        text = "\n".join("".join(char for char, _ in row or []) for row in rows)
        try:
            result = parse_mrz(text, ocr=True)
        except MrzShapeError:
            continue
        yield Reading(result, [[lead for _, lead in row or []] for row in rows], 0.0)


def _fits(marks: list[int], width: int) -> bool:
    """Whether lines with this many separate marks could hold `width` characters (touching
    characters make one mark, a broken one two)."""
    return 0.75 * width <= max(marks) <= 1.1 * width


def _level(strip: Image) -> Image:
    scale = LINE_HEIGHT / max(strip.shape[0], 1)
    size = (max(1, round(strip.shape[1] * scale)), LINE_HEIGHT)
    return np.asarray(cv2.resize(strip, size, interpolation=cv2.INTER_CUBIC), np.uint8)
