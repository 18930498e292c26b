"""Undo OCR confusions in an MRZ, but only where a failing check digit points.

OCR engines mix up O/0, I/1, B/8, S/5, Z/2 and read the filler `<` as K. A field's kind
says which reading is possible (a date holds digits only), and a failing check digit says
which field is wrong. A repair is kept only when it makes that check pass and no other
repair with as few changes does too: an ambiguous field is left as read, and so is every
line whose checks pass.

K and `<` weigh the same modulo 10 (20 and 0), so no check digit can see that confusion.
It is undone by position instead: a K standing in a field's filler tail (after a `<`, with
only `<` and K to the end of the field) is filler. That repair is made on lines with a
failing check and on the names line, which carries no check digit at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from devices.mrz.checks import check_holds, long_number, run_checks
from devices.mrz.layouts import Check, Kind, Layout, Span

Grid = list[list[str]]
Position = tuple[int, int]

TO_DIGIT = {"O": "0", "I": "1", "B": "8", "S": "5", "Z": "2"}
SWAPS = {**TO_DIGIT, **{digit: letter for letter, digit in TO_DIGIT.items()}, "K": "<"}
MAX_CHANGES = 2


def correct(layout: Layout, lines: list[str]) -> list[str]:
    """The lines with what the failing checks point at repaired; unchanged if all pass."""
    checks = run_checks(layout, lines)
    grid = [list(line) for line in lines]
    _filler_ks(grid, layout.spans["names"], names=True)
    if all(result is not False for result in checks.values()):
        return grid_lines(grid)
    for line in _lines_with_failing_checks(layout, lines):
        for span in layout.spans.values():
            if span.line == line and span.kind is Kind.ALNUM:
                _filler_ks(grid, span)
    individual = [check for check in layout.checks if check.name != "composite"]
    for check in individual:
        if check.name == "document_number" and long_number(layout, lines) is not None:
            continue  # a long number's check digit moves; leave it as read
        if not check_holds(layout, grid_lines(grid), check):
            _repair(layout, grid, check, list(check.covers))
    composite = layout.check("composite")
    lines_now = grid_lines(grid)
    if (
        composite is not None
        and all(check_holds(layout, lines_now, check) for check in individual)
        and not check_holds(layout, lines_now, composite)
    ):
        own = [s for s in composite.covers if not any(s in c.covers for c in individual)]
        own = [s for s in own if not any(s == c.digit for c in individual)]
        _repair(layout, grid, composite, own)
    return grid_lines(grid)


def grid_lines(grid: Grid) -> list[str]:
    return ["".join(row) for row in grid]


def _forced(grid: Grid, spans: Iterable[Span]) -> Grid:
    """A copy with letters in digit-only spans read as the digits they resemble."""
    trial = [row[:] for row in grid]
    for span in spans:
        if span.kind is Kind.NUMERIC:
            for line, col in span.positions():
                trial[line][col] = TO_DIGIT.get(trial[line][col], trial[line][col])
    return trial


def _repair(layout: Layout, grid: Grid, check: Check, spans: list[Span]) -> None:
    trial = _forced(grid, [*spans, check.digit])
    if check_holds(layout, grid_lines(trial), check):
        grid[:] = trial
        return
    positions = [
        (line, col)
        for span in spans
        if span.kind is Kind.ALNUM
        for line, col in span.positions()
        if trial[line][col] in SWAPS
    ]
    for count in range(1, MAX_CHANGES + 1):
        found = [c for c in combinations(positions, count) if _holds(layout, trial, check, c)]
        if len(found) == 1:
            for line, col in found[0]:
                trial[line][col] = SWAPS[trial[line][col]]
            grid[:] = trial
            return
        if found:
            return  # more than one repair fits: do not guess


def _holds(layout: Layout, grid: Grid, check: Check, swaps: tuple[Position, ...]) -> bool:
    rows = [row[:] for row in grid]
    for line, col in swaps:
        rows[line][col] = SWAPS[rows[line][col]]
    return check_holds(layout, grid_lines(rows), check)


def _lines_with_failing_checks(layout: Layout, lines: list[str]) -> set[int]:
    failing = [check for check in layout.checks if not check_holds(layout, lines, check)]
    return {span.line for check in failing for span in (*check.covers, check.digit)}


def _filler_ks(grid: Grid, span: Span, names: bool = False) -> None:
    """Turn Ks in the filler tail of a span into `<`.

    In a names field the tail starts after the `<<` that ends the given names (the first
    `<<` separates them from the surname), so a one-letter given name K is kept.
    """
    text = "".join(grid[span.line][span.start : span.end])
    start = 0
    if names:
        separator = text.find("<<")
        if separator < 0:
            return
        start = text.find("<<", separator + 2)
        start = separator + 2 if start < 0 and text[separator + 2 : separator + 3] == "<" else start
        if start < 0:
            return
    tail = text.find("<", start)
    if tail < 0 or not set(text[tail:]) <= {"<", "K"} or "K" not in text[tail:]:
        return
    for col in range(span.start + tail, span.end):
        grid[span.line][col] = "<"
