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
from devices.scanner.mrz_band import (
    Band,
    Mark,
    cut_band,
    find_bands,
    line_marks,
    line_rows,
    refined,
    split_lines,
)
from devices.scanner.mrz_glyphs import (
    CELL_H,
    CELL_W,
    _text_band,
    classify_all,
    fit_of,
    unmistakable,
)
from devices.scanner.mrz_grid import MARKED, deslant, grid
from devices.scanner.ocr import Image

LINE_HEIGHT = 48
STRETCHES = (0.9, 0.94, 0.97, 1.0, 1.03, 1.06)  # cell heights tried, as the row rule's share
ANCHORS = 12  # at most this many unmistakable characters a line judge the height by
# How far a glyph in a document number must lead its look-alikes (O/0, I/1, B/8...) in
# template correlation. Two such swaps at weights 3 and 7 cancel in every check digit, so
# a near-tie there is a guess the check digits cannot catch: the zone is then not legible.
# Measured on 96 damaged images (493 such characters): with characters of 10 px or more no
# look-alike was misread; below 10 px the 0/O misreads led by up to 0.08.
MIN_LEAD, MIN_LEAD_SMALL = 0.01, 0.2


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
            turned = _refit(grey, Band(band.centre, band.size, band.angle + turn))
            for reading in _read_cut(cut_band(grey, turned, LINE_HEIGHT)[0]):
                lines = len(reading.leads)
                yield replace(reading, char_px=0.6 * band.size[1] / max(lines, 1))


def _refit(grey: Image, band: Band) -> Band:
    """Cut once, find the characters, and fit the band to them (angle and extent)."""
    cut, matrix = cut_band(grey, band, LINE_HEIGHT)
    inverse = cv2.invertAffineTransform(matrix)
    lines, pitches = [], []
    for top, bottom in line_rows(cut):
        strip = cut[top:bottom]
        factor = LINE_HEIGHT / max(strip.shape[0], 1)
        marks = line_marks(_level(strip))
        if len(marks) < 8:
            continue
        pitches.append((marks[-1][0] - marks[0][0]) / (len(marks) - 1) / factor)
        points = [((m[0] + m[2]) / 2 / factor, top + (m[1] + m[3]) / 2 / factor) for m in marks]
        in_image = cv2.transform(np.array([points], np.float32), inverse)[0]
        lines.append(np.asarray(in_image, np.float32))
    if not lines:
        return band
    scale = float(np.hypot(matrix[0, 0], matrix[0, 1]))  # cut pixels per image pixel
    return refined(band, lines, float(np.median(pitches)) / scale)


def _read_cut(cut: Image) -> Iterator[Reading]:
    strips, marks = [], []
    for strip in split_lines(cut):
        level = _level(strip)
        found = line_marks(level)
        if found:
            upright = deslant(level, found)
            if upright is not level:
                level, found = upright, line_marks(upright)
        if found:
            strips.append(level)
            marks.append(found)
    if not strips or len(strips) > 6:
        return
    for count, width in SHAPES:
        if count > len(strips):
            continue
        # The zone is some consecutive lines of what was cut (the bottom ones likeliest).
        for start in range(len(strips) - count, -1, -1):
            yield from _read_window(
                strips[start : start + count], marks[start : start + count], width
            )


def _read_window(strips: list[Image], marks: list[list[Mark]], width: int) -> Iterator[Reading]:
    """These lines read as a zone `width` characters wide, when their marks allow it."""
    if not _fits([len(m) for m in marks], width):
        return
    rows = []
    for strip, found in zip(strips, marks, strict=True):
        row = _read_line(strip, found, width)
        if row is None:
            return
        rows.append(row)
    text = "\n".join("".join(char for char, _ in row) for row in rows)
    try:
        result = parse_mrz(text, ocr=True)
    except MrzShapeError:
        return
    yield Reading(result, [[lead for _, lead in row] for row in rows], 0.0)


def _read_line(strip: Image, marks: list[Mark], width: int) -> list[tuple[str, float]] | None:
    """Read `width` characters where they stand, following the line's tilt and its changing
    pitch (a page photographed at an angle): one mark per character gives the centres
    directly; otherwise a pitch that changes linearly along the line is fitted to the marks
    that are one character apart, and stepped from the first character to the last."""
    centres = grid(marks, width)
    if centres is None:
        return None
    # The characters are the marks on the grid: a page edge beside the zone, taller than any
    # of them, must not set the height the tilt is measured from.
    lo = centres[0] - (centres[1] - centres[0]) / 2
    hi = centres[-1] + (centres[-1] - centres[-2]) / 2
    marks = [m for m in marks if lo <= (m[0] + m[2]) / 2 <= hi]
    tallest = max(m[3] - m[1] for m in marks)
    tall = [m for m in marks if m[3] - m[1] >= 0.8 * tallest]
    if len(tall) < 2:
        return None
    # The characters' rows by the same rule the templates were cut with, so an O and a 0
    # (OCR-B digits stand taller than letters) keep their proportions.
    blurred = cv2.GaussianBlur(strip, (3, 3), 0)
    _, binary = cv2.threshold(blurred, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # Measured on the middle third, where a tilt the band's fit left moves the rows least;
    # the tilt itself comes from the tops and feet of the characters.
    left, right = marks[0][0], marks[-1][2]
    third = (right - left) // 3
    band_top, band_bottom = _text_band(binary[:, left + third : right - third])
    xs = np.array([(m[0] + m[2]) / 2 for m in tall], np.float32)
    middle = (left + right) / 2
    # A page curved at the binding bends its lines: the offset follows a parabola.
    degree = 2 if len(tall) >= 8 else 1
    course = np.polyfit(xs, [(m[1] + m[3]) / 2 for m in tall], degree)
    course[-1] -= float(np.polyval(course, middle))
    top = course.copy()
    top[-1] += band_top
    bottom = course.copy()
    bottom[-1] += band_bottom - 1
    ink = np.asarray(255 - cv2.GaussianBlur(strip, (3, 3), 0), np.float32)
    at = np.array(centres)
    gaps = np.diff(at)
    halves = (np.concatenate([gaps[:1], gaps]) + np.concatenate([gaps, gaps[-1:]])) / 4
    tops, bottoms = np.polyval(top, at), np.polyval(bottom, at) + 1
    if np.any(bottoms - tops < 4) or np.any(halves <= 1):
        return None
    shrink = max(float(np.median(halves)) * 2 / CELL_W, float(np.median(bottoms - tops)) / CELL_H)
    if shrink > 1.2:  # smooth first, as an area average would
        ink = np.asarray(cv2.GaussianBlur(ink, (0, 0), 0.5 * shrink), np.float32)

    def cut(stretch: float, which: list[int]) -> list[Image]:
        """The cells `which`, their height stretched about their middle."""
        mids, half_heights = (tops + bottoms) / 2, stretch * (bottoms - tops) / 2
        return [_cell(ink, at[i] - halves[i], mids[i] - half_heights[i], at[i] + halves[i],
                      mids[i] + half_heights[i]) for i in which]  # fmt: skip

    everything = list(range(len(at)))
    read = classify_all(cut(1.0, everything))
    # The row rule measures blurred or tilted characters a little too tall or short, and O
    # and 0 (I and 1, B and 8...) differ mostly in height: the line's own characters that
    # nothing resembles tell the height at which its cells match the templates best.
    anchors = [i for i, (char, _) in enumerate(read) if unmistakable(char)]
    anchors = anchors[:: max(1, len(anchors) // ANCHORS)]
    if len(anchors) >= 3:
        fits = fit_of([cut(s, anchors) for s in STRETCHES])
        stretch = STRETCHES[int(np.argmax(fits))]
        if stretch != 1.0:
            read = classify_all(cut(stretch, everything))
    return read


def _cell(ink: Image, x0: float, y0: float, x1: float, y1: float) -> Image:
    """The cell [x0, x1) x [y0, y1) of the strip, to the pixel's fraction, at the templates'
    size: O and 0 differ by a tenth of their height, so rounding the bounds would blur it."""
    sx, sy = (x1 - x0) / CELL_W, (y1 - y0) / CELL_H
    to_strip = np.array([[sx, 0, x0 + 0.5 * sx - 0.5], [0, sy, y0 + 0.5 * sy - 0.5]], np.float32)
    cell = cv2.warpAffine(ink, to_strip, (CELL_W, CELL_H),
                          flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=0)  # fmt: skip
    return np.asarray(cell, np.float32)


def _fits(marks: list[int], width: int) -> bool:
    """Whether lines with this many separate marks could hold `width` characters: the grid
    needs a mark for most characters of every line (mrz_grid.MARKED); a broken character
    makes two, and a page edge or a speck beside the zone one more."""
    return MARKED * width <= min(marks) and max(marks) <= 1.15 * width


def _level(strip: Image) -> Image:
    scale = LINE_HEIGHT / max(strip.shape[0], 1)
    size = (max(1, round(strip.shape[1] * scale)), LINE_HEIGHT)
    return np.asarray(cv2.resize(strip, size, interpolation=cv2.INTER_CUBIC), np.uint8)
