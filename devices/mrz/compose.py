"""Write an MRZ from its fields, computing every check digit.

The document scanner's emulator presents documents made with it, and tests and benchmarks
build synthetic travel documents with it instead of copying real ones.
"""

from __future__ import annotations

from devices.mrz.checks import FILLER, check_digit, text_of
from devices.mrz.formats import BY_NAME
from devices.mrz.layouts import Layout, Span
from devices.mrz.parser import MrzFields

LAYOUTS = BY_NAME


def _put(grid: list[list[str]], span: Span, value: str) -> None:
    width = span.end - span.start
    if len(value) > width:
        raise ValueError(f"{value!r} does not fit in {width} characters")
    grid[span.line][span.start : span.end] = list(value.ljust(width, FILLER))


def _names(surname: str, given_names: str) -> str:
    given = FILLER.join(given_names.split())
    return FILLER.join(surname.split()) + (FILLER * 2 + given if given else "")


def compose(format_name: str, fields: MrzFields) -> str:
    """The MRZ lines (joined by newlines) of a document with these fields. Fields the format
    does not carry (a one-line permit has no names) are left out."""
    layout = LAYOUTS[format_name]
    grid = [[FILLER] * layout.width for _ in range(layout.lines)]
    values = {
        "document_type": fields.document_type,
        "country": fields.country,
        "names": _names(fields.surname, fields.given_names),
        "document_number": fields.document_number,
        "nationality": fields.nationality,
        "birth_date": fields.birth_date,
        "sex": FILLER if fields.sex == "X" else fields.sex,
        "expiry_date": fields.expiry_date,
    }
    for name, value in values.items():
        if name in layout.spans:
            _put(grid, layout.spans[name], value)
    _put_optional(layout, grid, fields.optional_data)
    for check in layout.checks:
        if check.name == "optional_data" and not fields.optional_data:
            continue  # an empty personal number may keep `<` as its check digit
        lines = ["".join(row) for row in grid]
        covered = "".join(text_of(lines, span) for span in check.covers)
        _put(grid, check.digit, check_digit(covered))
    return "\n".join("".join(row) for row in grid)


def _put_optional(layout: Layout, grid: list[list[str]], value: str) -> None:
    for name in layout.optional:
        span = layout.spans[name]
        width = span.end - span.start
        _put(grid, span, value[:width])
        value = value[width:]
    if value:
        raise ValueError("the optional data does not fit")
