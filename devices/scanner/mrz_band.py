"""Find the MRZ in a photograph by its shape: a dense band of dark, equally sized characters.

No text recogniser is needed to find it. The dark strokes are lifted out of the page (a
black-hat filter removes the background, guilloche and light print thresholds away), joined
into lines and lines into a band, and every band long and narrow enough to be an MRZ is cut
out level (its rotation, any angle, taken from the band itself); the reader tries it both
ways up. Candidates come largest first; the check digits decide which one is an MRZ.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import cv2
import numpy as np

from devices.scanner.ocr import Image

WORK_SIDE = 1000  # the band search runs on the image scaled to this longer side
MIN_RATIO, MAX_RATIO = 3.0, 60.0  # band length / height: from a 3-line zone to one line
LINE_RATIO = 18.0  # a band this elongated is one line: its neighbours are cut with it
JOINED = 16  # the largest candidates are tried in pairs as pieces of one line


@dataclass(frozen=True)
class Band:
    """A rotated rectangle in the image's own pixels: centre, (length, height), angle in
    degrees that turns the band level."""

    centre: tuple[float, float]
    size: tuple[float, float]
    angle: float
    lines: int = 0  # how many text lines it holds, once known


def _work(grey: Image) -> tuple[Image, float]:
    scale = WORK_SIDE / max(grey.shape[:2])
    size = (round(grey.shape[1] * scale), round(grey.shape[0] * scale))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(grey, size, interpolation=interpolation), scale


def find_bands(grey: Image, limit: int = 6) -> list[Band]:
    """Candidate MRZ bands, the likeliest (largest) first."""
    work, scale = _work(grey)
    found: list[tuple[float, Band]] = []
    for kernel in (5, 9, 15, 25):
        strokes = cv2.morphologyEx(
            work,
            cv2.MORPH_BLACKHAT,
            cv2.getStructuringElement(cv2.MORPH_RECT, (kernel * 2 + 1,) * 2),
        )
        _, ink = cv2.threshold(strokes, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((kernel, kernel), np.uint8))
        thin = kernel // 2 + 1  # keeps the thin chevrons of the filler tail in the band
        solid = cv2.morphologyEx(joined, cv2.MORPH_OPEN, np.ones((thin, thin), np.uint8))
        contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            band = _as_band(contour, scale, work.shape[1])
            if band is not None:
                fill = cv2.contourArea(contour) / max(band.size[0] * band.size[1] * scale**2, 1.0)
                if fill > 0.45:
                    found.append((band.size[0] * band.size[1], band))
    found.sort(key=lambda item: -item[0])
    bands = [band for _, band in found[:JOINED]]
    whole = [(j.size[0] * j.size[1], j) for a, b in itertools.combinations(bands, 2)
             if (j := _joined(a, b)) is not None]  # fmt: skip
    found = sorted([*found, *whole], key=lambda item: -item[0])
    return _distinct([band for _, band in found])[:limit]


def _joined(a: Band, b: Band) -> Band | None:
    """One band of two pieces of one line, when they lie end to end on it: a line that
    touches a portrait or a dark field above it is cut in two where it joins them."""
    if abs((a.angle - b.angle + 90) % 180 - 90) > 3 or max(a.size[1], b.size[1]) > 1.6 * min(
        a.size[1], b.size[1]
    ):
        return None
    theta = math.radians(a.angle)
    along = np.array([math.cos(theta), math.sin(theta)])
    across = np.array([-along[1], along[0]])
    offset = np.subtract(b.centre, a.centre)
    height = max(a.size[1], b.size[1])
    if abs(float(offset @ across)) > 0.5 * height:
        return None
    d = float(offset @ along)
    lo = min(-a.size[0] / 2, d - b.size[0] / 2)
    hi = max(a.size[0] / 2, d + b.size[0] / 2)
    gap = abs(d) - (a.size[0] + b.size[0]) / 2
    if gap > 3 * height or hi - lo < 1.05 * max(a.size[0], b.size[0]):
        return None
    centre = np.add(a.centre, along * (lo + hi) / 2)
    return Band((float(centre[0]), float(centre[1])), (hi - lo, height), a.angle)


def _as_band(contour: Image, scale: float, work_width: int) -> Band | None:
    (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
    if w < h:
        w, h, angle = h, w, angle - 90
    if h < 4 or not MIN_RATIO <= w / h <= MAX_RATIO or w < 0.12 * work_width:
        return None
    return Band((cx / scale, cy / scale), (w / scale, h / scale), angle)


def _distinct(bands: list[Band]) -> list[Band]:
    """Drop bands whose centre lies within an earlier (larger) band of similar angle."""
    kept: list[Band] = []
    for band in bands:
        if not any(_near(band, other) for other in kept):
            kept.append(band)
    return kept


def _near(a: Band, b: Band) -> bool:
    dx, dy = a.centre[0] - b.centre[0], a.centre[1] - b.centre[1]
    return np.hypot(dx, dy) < 0.25 * b.size[1] + 2 and abs(a.angle - b.angle) < 5


def cut_band(grey: Image, band: Band, line_height: float = 48.0) -> tuple[Image, Image]:
    """The band level, with a margin, scaled so a line is about `line_height` high. A band
    of one line is cut with room for the lines above and below it."""
    length, height = band.size
    one_line = not band.lines and length / height > LINE_RATIO
    scale = line_height / (
        height / band.lines if band.lines else height if one_line else height / 2
    )
    height *= 4.5 if one_line else 1.3
    length *= 1.5  # the filler tail may have been left out of the band
    out_w, out_h = max(1, round(length * scale)), max(1, round(height * scale))
    matrix = cv2.getRotationMatrix2D(band.centre, band.angle, scale)
    matrix[0, 2] += out_w / 2 - band.centre[0]
    matrix[1, 2] += out_h / 2 - band.centre[1]
    cut = cv2.warpAffine(grey, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)  # fmt: skip
    return np.asarray(cut, dtype=np.uint8), matrix


def split_lines(band: Image) -> list[Image]:
    """The band's text lines from its row profile: runs of rows that carry ink."""
    return [band[top:bottom] for top, bottom in line_rows(band)]


def line_rows(band: Image) -> list[tuple[int, int]]:
    """The rows (top, bottom) of each text line of a level band, with a margin."""
    strokes = cv2.morphologyEx(band, cv2.MORPH_BLACKHAT, np.ones((25, 25), np.uint8))
    _, ink = cv2.threshold(strokes, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Ink edges per row, not ink: a text line crosses many strokes, while the long edge of a
    # photo or of the page beside the zone is one run of ink that would outweigh it.
    profile = np.abs(np.diff(ink.astype(np.int16), axis=1)).sum(axis=1).astype(np.float32)
    if not profile.max():
        return []
    inked = profile > 0.1 * profile.max()
    runs: list[tuple[int, int]] = []
    start = None
    for index, on in enumerate([*inked, False]):
        if on and start is None:
            start = index
        elif not on and start is not None:
            runs.append((start, index))
            start = None
    runs = [(b, e) for b, e in runs if e - b >= 8]  # specks and rules, not lines
    rows = []
    for index, (begin, end) in enumerate(runs):
        pad = round(0.3 * (end - begin))
        # never past halfway to the next line: its tops would stand on this line's feet
        above = (runs[index - 1][1] + begin) // 2 if index else 0
        below = (end + runs[index + 1][0] + 1) // 2 if index + 1 < len(runs) else band.shape[0]
        rows.append((max(0, above, begin - pad), min(band.shape[0], below, end + pad)))
    return rows


Mark = tuple[int, int, int, int]  # x0, y0, x1, y1 of one character-sized blob


def line_marks(strip: Image) -> list[Mark]:
    """The line's characters as blobs, left to right: the longest run of character-sized
    marks at a steady spacing, so a page edge, a thumb or the next field beside the zone is
    left out. Touching characters make one mark, a broken one two."""
    height = strip.shape[0]
    strokes = cv2.morphologyEx(strip, cv2.MORPH_BLACKHAT, np.ones((height // 2 * 2 + 1,) * 2))
    _, ink = cv2.threshold(strokes, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    marks = sorted(
        (int(x), int(y), int(x + w), int(y + h))
        for x, y, w, h, _ in stats[1:count]
        if 0.25 * height <= h <= 0.9 * height and w <= 1.2 * h
    )
    if len(marks) < 8:
        return []
    # Fillers are about half as tall as letters; slivers of a neighbouring line are less,
    # and are cut off by the strip's edge.
    cap = float(np.median([m[3] - m[1] for m in marks]))
    marks = [
        m
        for m in marks
        if m[3] - m[1] >= 0.45 * cap and ((m[1] > 0 and m[3] < height) or m[3] - m[1] >= 0.8 * cap)
    ]
    if len(marks) < 8:
        return []
    gaps = np.diff([m[0] for m in marks])
    spacing = float(np.median(gaps))
    best, first = (0, 0), 0
    for index in range(1, len(marks) + 1):
        if index == len(marks) or gaps[index - 1] > 4 * spacing:
            if index - first > best[1] - best[0]:
                best = (first, index)
            first = index
    return marks[best[0] : best[1]]


def line_extent(strip: Image) -> tuple[int, int, int] | None:
    """The columns of a line's characters (with a margin short of the gap to anything
    beside them) and how many marks stand between them."""
    marks = line_marks(strip)
    if not marks:
        return None
    spacing = (marks[-1][0] - marks[0][0]) / max(len(marks) - 1, 1)
    left, right = marks[0][0], max(m[2] for m in marks)
    pad = round(0.35 * spacing)
    return max(0, left - pad), min(strip.shape[1], right + pad), len(marks)


def refined(band: Band, lines: list[Image], pitch: float) -> Band:
    """The band fitted to its characters' centres (image pixels, one array per text line):
    the angle of their lines and their full extent, however roughly it was first found."""
    fits = [
        cv2.fitLine(
            np.ascontiguousarray(p.reshape(-1, 1, 2)), cv2.DIST_HUBER, 0, 0.01, 0.01
        ).ravel()
        for p in lines
    ]
    weights = [len(points) for points in lines]
    vx = sum(float(f[0]) * w * (1 if f[0] >= 0 else -1) for f, w in zip(fits, weights, strict=True))
    vy = sum(float(f[1]) * w * (1 if f[0] >= 0 else -1) for f, w in zip(fits, weights, strict=True))
    norm = math.hypot(vx, vy)
    vx, vy = vx / norm, vy / norm
    angle = math.degrees(math.atan2(vy, vx))
    # keep the way up the band was cut: the nearest of angle and angle + 180
    turns = [angle + k * 180 for k in (-2, -1, 0, 1, 2)]
    angle = min(turns, key=lambda a: abs((a - band.angle + 180) % 360 - 180))
    direction = np.array([vx, vy], np.float32)
    normal = np.array([-vy, vx], np.float32)
    points = np.concatenate([p.reshape(-1, 2) for p in lines])
    origin = points.mean(axis=0)
    along, across = (points - origin) @ direction, (points - origin) @ normal
    lo, hi = float(along.min()) - pitch, float(along.max()) + pitch
    middle = (float(across.max()) + float(across.min())) / 2
    centre = origin + direction * (lo + hi) / 2 + normal * middle
    line_pitch = 1.66 * pitch  # ICAO: 6 lines and 10 characters to the inch
    count = round(float(across.max() - across.min()) / line_pitch) + 1
    size = (hi - lo, count * line_pitch)
    return Band((float(centre[0]), float(centre[1])), size, angle, count)
