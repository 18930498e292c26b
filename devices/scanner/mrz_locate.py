"""Find the MRZ among recognised text lines and rebuild its lines at their exact widths.

OCR returns the MRZ as one or several boxes per line, with spaces, lower-case letters, `«`
for `<`, and often one filler `<` too many or too few in a run of fillers. This module does
not judge check digits: the parser does that, and corrects what they point at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from devices.mrz.formats import SHAPES
from devices.scanner.ocr import TextLine

_MRZ_CHARS = re.compile(r"[^A-Z0-9<]")
# The recogniser's alphabet is Chinese-first: `<` often comes back as the kana く, capitals as
# Greek or Cyrillic look-alikes. Full-width forms are folded by NFKC first.
_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("«‹く〈＜([{", "<"),
        **dict(zip("ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ", "ABEHIKMNOPTYXZ", strict=True)),
        **dict(zip("АВЕКМНОРСТХУ", "ABEKMHOPCTXY", strict=True)),
        " ": "",
    }
)


def normalise(text: str) -> str:
    """Fold width, map look-alikes of `<` and of Latin capitals, keep only A-Z 0-9 <."""
    folded = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES).upper()
    return _MRZ_CHARS.sub("", folded.translate(_LOOKALIKES))


@dataclass(frozen=True, repr=False)
class Row:
    """Boxes that sit on one line, left to right, and their recognised text joined."""

    boxes: list[TextLine]
    text: str
    raw_length: int


def _rows(lines: list[TextLine]) -> list[Row]:
    """Join boxes that sit on the same row (left to right); rows from top to bottom."""
    ordered = sorted(lines, key=lambda line: line.center_y)
    groups: list[list[TextLine]] = []
    for line in ordered:
        if groups and _same_row(groups[-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    rows = []
    for group in groups:
        boxes = sorted(group, key=lambda b: b.left_x)
        raw = sum(len(b.text.replace(" ", "")) for b in boxes)
        rows.append(Row(boxes, "".join(normalise(b.text) for b in boxes), raw))
    return rows


def _same_row(group: list[TextLine], line: TextLine) -> bool:
    """Close in height and side by side: boxes of the next line down overlap horizontally."""
    last = group[-1]
    if abs(last.center_y - line.center_y) >= 0.5 * max(line.thickness, 1.0):
        return False
    return all(_x_overlap(box, line) < 0.3 * min(_width(box), _width(line)) for box in group)


def _width(line: TextLine) -> float:
    xs = [x for x, _ in line.box]
    return max(xs) - min(xs)


def _x_overlap(a: TextLine, b: TextLine) -> float:
    ax, bx = [x for x, _ in a.box], [x for x, _ in b.box]
    return max(0.0, min(max(ax), max(bx)) - max(min(ax), min(bx)))


def fit_width(row: str, width: int) -> str | None:
    """Make a row exactly `width` long by adjusting its longest run of fillers, or give up."""
    if len(row) == width:
        return row
    if abs(len(row) - width) > 3 or "<" not in row:
        return None
    runs = list(re.finditer(r"<+", row))
    longest = max(runs, key=lambda m: (len(m.group()), m.start()))
    new_len = len(longest.group()) + width - len(row)
    if new_len < 1:
        return None
    return row[: longest.start()] + "<" * new_len + row[longest.end() :]


def _looks_like_mrz(row: Row) -> bool:
    """Long, and almost nothing in it outside the MRZ alphabet (after look-alikes)."""
    return len(row.text) >= 20 and len(row.text) >= 0.9 * row.raw_length


def _shifted(row: Row, dx: float, dy: float) -> Row:
    """The row's boxes moved by (dx, dy): where the neighbouring MRZ line must stand."""
    boxes = [TextLine("", 0.0, tuple((x + dx, y + dy) for x, y in line.box)) for line in row.boxes]
    return Row(boxes, "", 0)


def _completions(rows: list[Row], count: int) -> list[list[Row]]:
    """Windows one line short of `count`, completed by the line above or below them.

    MRZ lines are equally spaced and equally long, so a line the detector missed stands where
    the found lines' spacing says (or 1.45 text heights away when only one line was found).
    """
    if len(rows) != count - 1:
        return []
    if len(rows) >= 2:
        first, second = rows[0].boxes[0], rows[1].boxes[0]
        dx = sum(x for x, _ in second.box) / 4 - sum(x for x, _ in first.box) / 4
        dy = second.center_y - first.center_y
    else:
        dx, dy = 0.0, 1.45 * rows[0].boxes[0].thickness
    return [[*rows, _shifted(rows[-1], dx, dy)], [_shifted(rows[0], -dx, -dy), *rows]]


def mrz_candidates(lines: list[TextLine], limit: int = 6) -> list[tuple[int, list[Row]]]:
    """Possible MRZs as (width, rows), the likeliest first.

    The recognised text may miss or invent characters (the glyph reader re-reads the rows),
    so consecutive MRZ-like rows are accepted within 8 characters of a shape's width; windows
    fitting better come first, then windows completed with a line the detector missed.
    """
    rows = [row for row in _rows(lines) if _looks_like_mrz(row)]
    scored: list[tuple[int, int, list[Row]]] = []
    for count, width in SHAPES:
        for size in (count, count - 1):
            for start in range(len(rows) - size + 1):
                window = rows[start : start + size]
                fillers = sum(row.text.count("<") for row in window)
                if fillers < 2 or any(abs(len(row.text) - width) > 8 for row in window):
                    continue
                miss = sum(abs(len(row.text) - width) for row in window)
                if size == count:
                    scored.append((miss, width, window))
                for completed in _completions(window, count):
                    scored.append((miss + 100, width, completed))
    scored.sort(key=lambda c: c[0])
    return [(width, window) for _, width, window in scored[:limit]]


def find_mrz(lines: list[TextLine]) -> list[str] | None:
    """The MRZ lines from the recognised text alone, fitted to their exact width, or None."""
    found = [c for c in mrz_candidates(lines) if all(row.text for row in c[1])]
    if not found:
        return None
    width, rows = found[0]
    fitted = [fit_width(row.text, width) for row in rows]
    return [f for f in fitted if f is not None] if all(fitted) else None
