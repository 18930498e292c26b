"""Read MRZ characters by template matching against OCR-B, cell by cell.

The MRZ is printed in one fixed-pitch typeface, so once a row is rectified and cut into as
many equal cells as the format has characters, each cell is compared with the 37 glyphs
(A-Z, 0-9, <) rendered from the same font. This does not drop or invent characters the way a
general text recogniser does, and what it gets wrong (O/0, B/8...) the check digits repair.
"""

from __future__ import annotations

import functools
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image as PilImage
from PIL import ImageDraw

from devices.scanner.specimen import _font

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
CELL_W, CELL_H = 24, 32  # every cell is compared at this size
BLUR_SIGMAS = (0.0, 3.0, 6.0)  # in pixels of the 96 px rendering (about 0, 1.3, 2.6 in a cell)
Gray = npt.NDArray[Any]


@functools.cache
def templates() -> tuple[Gray, Gray]:
    """Each glyph centred in its cell, cropped to the cap height, normalised for correlation."""
    font = _font(96)
    pitch = font.getlength("<")
    strip = PilImage.new("L", (round(pitch * len(ALPHABET)) + 40, 160), 0)
    ImageDraw.Draw(strip).text((20, 20), ALPHABET, font=font, fill=255)
    ink = np.asarray(strip, dtype=np.uint8)
    # The same band rule as for rows read from images, so both are scaled alike.
    top, bottom = _text_band((ink > 128).astype(np.uint8))
    cells = []
    # Each glyph also blurred: blur widens strokes, and a blurred 0 must meet a blurred 0
    # rather than a sharp O. Row i of the stack is glyph i % len(ALPHABET).
    for sigma in BLUR_SIGMAS:
        source = cv2.GaussianBlur(ink, (0, 0), sigma) if sigma else ink
        for index in range(len(ALPHABET)):
            left = round(20 + index * pitch)
            cell = source[top:bottom, left : left + round(pitch)]
            resized = cv2.resize(cell, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
            cells.append(_normalise(resized))
    stack = np.stack(cells).reshape(len(cells), -1)
    return stack, np.linalg.norm(stack, axis=1)


def _normalise(cell: npt.NDArray[Any]) -> Gray:
    values: Gray = cell.astype(np.float32)
    centred: Gray = values - float(values.mean())
    return centred


# The shifts a cell is tried at, in cell pixels: a pixel up or down (the line's course is
# fitted, and a letter slid two pixels would pass for the taller digit beside it), up to two
# sideways (the centres come from a fitted grid), in whole pixels so no peak is missed.
SHIFTS = [(dy, dx) for dy in (1, 2, 3) for dx in (0, 1, 2, 3, 4)]


def _views(cells: list[npt.NDArray[Any]]) -> Gray:
    """Each cell at the small shifts, normalised for correlation: (cells * shifts, pixels)."""
    stack = np.stack(cells).astype(np.float32)
    padded = np.pad(stack, ((0, 0), (2, 2), (2, 2)))
    views = np.stack(
        [padded[:, dy : dy + CELL_H, dx : dx + CELL_W] for dy, dx in SHIFTS], axis=1
    ).reshape(len(cells) * len(SHIFTS), -1)
    centred: Gray = views - views.mean(axis=1, keepdims=True)
    return centred


# Glyphs OCR-B draws alike: a reading that cannot tell them apart is no reading where both
# may stand (document numbers), since two such swaps can cancel in a check digit.
LOOKALIKES = ("O0QD", "I1L", "B8", "S5", "Z2", "G6")
_PARTNERS = {c: [ALPHABET.index(p) for p in group if p != c] for group in LOOKALIKES for c in group}


def _per_glyph(cells: list[npt.NDArray[Any]]) -> Gray:
    """Each glyph's correlation with each cell, the best over shifts and blur levels:
    (glyphs, cells)."""
    stack, norms = templates()
    views = _views(cells)
    scores = (stack @ views.T) / np.outer(norms, np.linalg.norm(views, axis=1) + 1e-6)
    glyphs = len(ALPHABET)
    per_glyph: Gray = scores.reshape(len(BLUR_SIGMAS), glyphs, len(cells), len(SHIFTS)).max(
        axis=(0, 3)
    )
    return per_glyph


def fit_of(versions: list[list[npt.NDArray[Any]]]) -> list[float]:
    """How well each version of the same cells matches its best glyphs, on average: cut at
    the right height, characters that have no look-alike match better."""
    best = _per_glyph([cell for cells in versions for cell in cells]).max(axis=0)
    return [float(part.mean()) for part in np.split(best, len(versions))]


def unmistakable(char: str) -> bool:
    """A glyph that no other is drawn like (the filler too is left out: it has no height)."""
    return char not in _PARTNERS and char != "<"


def classify_all(cells: list[npt.NDArray[Any]]) -> list[tuple[str, float]]:
    """For each ink-white-on-black cell, the glyph that best correlates with it (trying
    small shifts) and its lead over its look-alikes (1.0 for glyphs without any)."""
    per_glyph = _per_glyph(cells)
    best = np.argmax(per_glyph, axis=0)
    out = []
    for index, glyph in enumerate(best):
        char = ALPHABET[int(glyph)]
        partners = _PARTNERS.get(char, [])
        rival = max((float(per_glyph[p, index]) for p in partners), default=None)
        lead = 1.0 if rival is None else float(per_glyph[glyph, index]) - rival
        out.append((char, lead))
    return out


def classify(cell: npt.NDArray[Any]) -> str:
    """The glyph that best correlates with an ink-white-on-black cell, trying small shifts."""
    return classify_all([cell])[0][0]


def read_row(strip: npt.NDArray[Any], width: int) -> str | None:
    """Read `width` characters from a rectified grey row (dark ink on light paper)."""
    scored = read_row_scored(strip, width)
    return None if scored is None else "".join(char for char, _ in scored)


def read_row_scored(strip: npt.NDArray[Any], width: int) -> list[tuple[str, float]] | None:
    """Each of `width` characters of a rectified grey row with its lead over the runner-up."""
    blurred = cv2.GaussianBlur(strip, (3, 3), 0)
    _, binary = cv2.threshold(blurred, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # Columns with ink; gaps of a few pixels are bridged so a U or an M counts as one glyph.
    inked = cv2.morphologyEx(
        (binary.sum(axis=0) >= 2).astype(np.uint8)[None, :], cv2.MORPH_CLOSE, np.ones((1, 4))
    )[0]
    columns = np.where(inked > 0)[0]
    if columns.size < width:
        return None
    top, bottom = _text_band(binary[:, columns[0] : columns[-1] + 1])
    first, last = _edge_glyph(columns, True), _edge_glyph(columns, False)
    # Fixed pitch: the centres of the first and last glyphs fix every cell in between.
    start, end = sum(first) / 2, sum(last) / 2
    pitch = (end - start) / (width - 1)
    if pitch < 4:
        return None
    ink = (255 - blurred)[top:bottom]
    cells = []
    for index in range(width):
        centre = start + index * pitch
        cell = ink[:, max(0, round(centre - pitch / 2)) : round(centre + pitch / 2)]
        if cell.size == 0:
            return None
        cells.append(cv2.resize(cell, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA))
    return classify_all(cells)


def _text_band(binary: npt.NDArray[Any]) -> tuple[int, int]:
    """The rows of the characters themselves, not the stray tops of a neighbouring line."""
    sums = binary.sum(axis=1)
    if not sums.max():
        return 0, binary.shape[0]
    # Grow from the densest row while rows still carry ink: fillers make the middle rows far
    # denser than the tops and feet of letters, so a plain threshold would cut those off.
    peak = int(np.argmax(sums))
    floor = 0.03 * sums.max()
    top, bottom = peak, peak
    while top > 0 and sums[top - 1] > floor:
        top -= 1
    while bottom < len(sums) - 1 and sums[bottom + 1] > floor:
        bottom += 1
    return top, bottom + 1


def _edge_glyph(columns: npt.NDArray[np.intp], leftmost: bool) -> tuple[int, int]:
    """The column span of the first (or last) run of ink columns: one glyph."""
    ordered = columns if leftmost else columns[::-1]
    end = ordered[0]
    for col in ordered[1:]:
        if abs(int(col) - int(end)) > 1:
            break
        end = col
    lo, hi = sorted((int(ordered[0]), int(end)))
    return lo, hi + 1
