"""Undo OCR confusions in an MRZ, only where the field's alphabet decides.

A letter read where the layout admits only digits (dates, check digits, the numeric parts
of a number whose form the layout fixes) becomes the digit it resembles, from one fixed
table; a digit read where only letters may stand (codes, names) becomes its letter. In
fields that admit letters and digits (document numbers, optional data) nothing is guessed:
with up to a few look-alike substitutions some combination passes a one-digit check by
chance, and a wrong document number that passes is worse than a rescan. The field is then
invalid unless it passes as read.

The filler `<` read as K is restored only where the layout fixes the position as filler:
in a document number of fixed length, in the fixed fillers of a one-line permit, and in a
names field after the given names end (no check digit sees a K for `<`: 20 and 0 weigh the
same modulo 10).

Typed text is never repaired: this module applies to OCR output only, and says per field
what was read and what it was read as.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.mrz.layouts import Kind, Layout, Span

# Each letter maps to one digit and each digit to one letter, so a repair is a function of
# the reading and never a search.
TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6",
            "B": "8"}  # fmt: skip
TO_LETTER = {"0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "8": "B"}
FILLER_LOOKALIKE = {"K": "<"}
_TABLES = {Kind.NUMERIC: TO_DIGIT, Kind.ALPHA: TO_LETTER, Kind.FILLER: FILLER_LOOKALIKE}
_SHAPE_KINDS = {"A": Kind.ALPHA, "N": Kind.NUMERIC, "<": Kind.FILLER, "X": Kind.ALNUM}


@dataclass(frozen=True, repr=False)
class FieldRepair:
    """One field as read and as repaired: personal data, never logged."""

    field: str
    read: str
    repaired: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "read": self.read, "repaired": self.repaired}

    def __repr__(self) -> str:
        return f"FieldRepair({self.field})"


def repair_ocr(layout: Layout, lines: list[str]) -> tuple[list[str], tuple[FieldRepair, ...]]:
    """The lines with every confusion the alphabets decide undone, and what changed."""
    grid = [list(line) for line in lines]
    repairs = []
    for name, span in layout.spans.items():
        before = _text(grid, span)
        for (line, col), kind in _position_kinds(layout, name, span):
            grid[line][col] = _TABLES.get(kind, {}).get(grid[line][col], grid[line][col])
        if span.kind is Kind.ALPHA and name == "names":
            _names_filler(grid, span)
        after = _text(grid, span)
        if after != before:
            repairs.append(FieldRepair(name, before, after))
    return ["".join(row) for row in grid], tuple(repairs)


def _position_kinds(layout: Layout, name: str, span: Span) -> list[tuple[tuple[int, int], Kind]]:
    """Each position's alphabet: the span's, or the number's fixed form where there is one."""
    if name == "document_number" and layout.number_shape:
        return [
            (pos, _SHAPE_KINDS[shape])
            for pos, shape in zip(span.positions(), layout.number_shape, strict=True)
        ]
    return [(pos, span.kind) for pos in span.positions()]


def _text(grid: list[list[str]], span: Span) -> str:
    return "".join(grid[span.line][span.start : span.end])


def _names_filler(grid: list[list[str]], span: Span) -> None:
    """Turn Ks after the end of the given names (a second `<<`) into `<`.

    The first `<<` separates surname and given names; a second one ends them, and from there
    to the end of the field only filler may stand, so a K there is a misread `<`. A
    one-letter given name K (`SURNAME<<K<<<`) is kept: it comes before that second `<<`.
    """
    text = _text(grid, span)
    separator = text.find("<<")
    if separator < 0:
        return
    end = text.find("<<", separator + 2)
    if end < 0 or end == separator + 2:
        return  # no given names, or nothing after them: nothing decides
    if not set(text[end:]) <= {"<", "K"}:
        return
    for col in range(span.start + end, span.end):
        grid[span.line][col] = "<"
