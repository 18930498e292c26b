"""Where the characters of one MRZ line stand: upright, and on a grid of `width` cells.

A page photographed at an angle leans its characters (the line is level, its verticals are
not) and changes the pitch along the line; the line's marks may also include a page edge, a
thumb or a speck beside the zone. The strip is sheared upright by the slant that lines its
strokes up best, and the cell centres are the grid that the most marks agree with: a first
and a last character, a pitch that may change along the line, fitted to the marks that sit
on it, whatever stands beside it.
"""

from __future__ import annotations

import cv2
import numpy as np

from devices.scanner.ocr import Image

Mark = tuple[int, int, int, int]  # x0, y0, x1, y1 of one character-sized blob
MARKED = 0.85  # the share of a line's characters that must have left a mark of their own
SLANTS = np.linspace(-0.4, 0.4, 33)  # horizontal shift per pixel of height


def deslant(strip: Image, marks: list[Mark]) -> Image:
    """The strip sheared so its characters' strokes stand upright (dark ink on light).

    Only the ink inside the characters' marks counts: a page edge or a dark margin in the
    strip would line up best at its own slant."""
    height = strip.shape[0]
    blurred = cv2.GaussianBlur(strip, (3, 3), 0)
    _, ink = cv2.threshold(blurred, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    inside = np.zeros_like(ink)
    for x0, y0, x1, y1 in marks:
        inside[y0:y1, x0:x1] = ink[y0:y1, x0:x1]
    ys, xs = np.nonzero(inside)
    if xs.size < 50:
        return strip
    offsets = (ys - height / 2).astype(np.float32)
    pad = int(np.ceil(abs(SLANTS).max() * height))

    def sharpness(slant: float) -> float:
        columns = np.bincount(np.round(xs + slant * offsets).astype(np.int64) + pad)
        return float(np.square(columns, dtype=np.float64).sum())

    best = max(SLANTS, key=sharpness)
    if abs(best) < 0.02:
        return strip
    matrix = np.array([[1, best, -best * height / 2], [0, 1, 0]], np.float32)
    upright = cv2.warpAffine(strip, matrix, (strip.shape[1], height), flags=cv2.INTER_LINEAR,
                             borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    return np.asarray(upright, np.uint8)


def grid(marks: list[Mark], width: int) -> list[float] | None:
    """The centres of the line's `width` characters, or None when the marks fix no grid.

    Each mark gets the index of its character by walking the line: the gap to the previous
    mark, over the pitch there (fitted along the line from the gaps of one character), is a
    whole number of characters. The zone is the run of `width` indices holding most marks,
    so a page edge or a speck beside it falls outside; the centres are then a quadratic in
    the index fitted to the marks inside (the pitch of a page seen at an angle changes along
    the line)."""
    if len(marks) < 8:
        return None
    middles = np.array([(m[0] + m[2]) / 2 for m in marks], np.float64)
    gaps = np.diff(middles)
    typical = float(np.median(gaps))
    single = (gaps > 0.75 * typical) & (gaps < 1.3 * typical)
    if single.sum() < 3:
        return None
    halfway = (middles[1:] + middles[:-1]) / 2
    slope, base = (
        np.polyfit(halfway[single], gaps[single], 1)
        if single.sum() >= 6
        else (0.0, float(np.median(gaps[single])))
    )
    steps = np.round(gaps / (base + slope * halfway))
    keep = np.concatenate([[True], steps > 0])  # two marks of one broken character: one
    index = np.concatenate([[0.0], np.cumsum(np.maximum(steps, 0))])[keep]
    middles = middles[keep]
    counts = [np.sum((index >= o) & (index < o + width)) for o in range(int(index[-1]) + 1)]
    offset = int(np.argmax(counts))
    if counts[offset] < MARKED * width:
        return None
    inside = (index >= offset) & (index < offset + width)
    ks, xs = index[inside] - offset, middles[inside]
    for _ in range(2):  # drop marks the fit says sit between cells, refit
        degree = 2 if len(set(ks.tolist())) >= 10 else 1
        course = np.polyfit(ks, xs, degree)
        residual = np.abs(np.polyval(course, ks) - xs)
        fits = residual < 0.3 * float(np.median(np.diff(np.polyval(course, np.arange(width)))))
        if fits.all() or fits.sum() < 0.6 * width:
            break
        ks, xs = ks[fits], xs[fits]
    return [float(v) for v in np.polyval(course, np.arange(width))]
