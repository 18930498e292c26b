"""Undo OCR confusions in an MRZ, but only where a failing check digit points.

OCR engines mix up O/0, I/1, B/8, S/5, Z/2 and read the filler `<` as K. A field's kind
says which reading is possible (a date holds digits only), and a failing check digit says
which field is wrong. For each failing field the smallest set of changes that makes its
check pass is the repair, when there is only one such set; with several the field is
ambiguous. (The composite cannot choose among them: it weighs each field's characters as the
field's own check does, so every candidate satisfies both or neither.) The repairs are kept
only if afterwards every check passes: a zone comes back either repaired and valid, or
exactly as read. A zone whose checks all pass is never touched.

K and `<` weigh the same modulo 10 (20 and 0), so no check digit can see that confusion.
It is undone by position instead: a K standing in a field's filler tail (after a `<`, with
only `<` and K to the end of the field) is filler. That repair is made on the lines that
were repaired and on the names line, which carries no check digit at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from devices.mrz.checks import check_holds, long_number, run_checks
from devices.mrz.layouts import Check, Kind, Layout, Span

Grid = list[list[str]]
Position = tuple[int, int]
Changes = dict[Position, str]

TO_DIGIT = {"O": "0", "I": "1", "B": "8", "S": "5", "Z": "2"}
SWAPS = {**TO_DIGIT, **{digit: letter for letter, digit in TO_DIGIT.items()}, "K": "<"}
MAX_CHANGES = 2  # per field: more than two confusions in one field is a rescan, not a repair


def correct(layout: Layout, lines: list[str]) -> list[str]:
    """The lines repaired where failing checks point, or as read when that is not possible."""
    grid = [list(line) for line in lines]
    _filler_ks(grid, layout.spans["names"], names=True)
    if all(result is not False for result in run_checks(layout, lines).values()):
        return grid_lines(grid)
    read = [row[:] for row in grid]
    individual = [check for check in layout.checks if check.name != "composite"]
    for check in individual:
        if check.name == "document_number" and long_number(layout, lines) is not None:
            continue  # a long number's check digit moves; leave it as read
        if not check_holds(layout, grid_lines(grid), check):
            _repair(layout, grid, check, list(check.covers))
    composite = layout.check("composite")
    if composite is not None and not check_holds(layout, grid_lines(grid), composite):
        # Repair what only the composite covers (TD1/TD2 optional data, its own digit).
        covered_elsewhere = {s for c in individual for s in (*c.covers, c.digit)}
        own = [span for span in composite.covers if span not in covered_elsewhere]
        _repair(layout, grid, composite, own)
    if any(result is False for result in run_checks(layout, grid_lines(grid)).values()):
        return grid_lines(read)
    for line in _lines_with_failing_checks(layout, lines):
        for span in layout.spans.values():
            if span.line == line and span.kind is Kind.ALNUM:
                _filler_ks(grid, span)
    return grid_lines(grid)


def _lines_with_failing_checks(layout: Layout, lines: list[str]) -> set[int]:
    failing = [check for check in layout.checks if not check_holds(layout, lines, check)]
    return {span.line for check in failing for span in (*check.covers, check.digit)}


def grid_lines(grid: Grid) -> list[str]:
    return ["".join(row) for row in grid]


def _repair(layout: Layout, grid: Grid, check: Check, spans: list[Span]) -> None:
    choices = _candidates(layout, grid, check, spans)
    if len(choices) == 1:
        _apply(grid, choices[0])


def _candidates(layout: Layout, grid: Grid, check: Check, spans: list[Span]) -> list[Changes]:
    """The smallest sets of changes to `spans` that make `check` pass."""
    base = _forced(grid, [*spans, check.digit])
    trial = _applied(grid, base)
    if check_holds(layout, grid_lines(trial), check):
        return [base]
    positions = [
        (line, col)
        for span in spans
        if span.kind is Kind.ALNUM
        for line, col in span.positions()
        if trial[line][col] in SWAPS
    ]
    for count in range(1, MAX_CHANGES + 1):
        found = []
        for swaps in combinations(positions, count):
            changes = {**base, **{(r, c): SWAPS[trial[r][c]] for r, c in swaps}}
            if check_holds(layout, grid_lines(_applied(grid, changes)), check):
                found.append(changes)
        if found:
            return found
    return []


def _forced(grid: Grid, spans: Iterable[Span]) -> Changes:
    """Letters in digit-only spans, read as the digits they resemble."""
    return {
        (line, col): TO_DIGIT[grid[line][col]]
        for span in spans
        if span.kind is Kind.NUMERIC
        for line, col in span.positions()
        if grid[line][col] in TO_DIGIT
    }


def _applied(grid: Grid, *changes: Changes) -> Grid:
    rows = [row[:] for row in grid]
    _apply(rows, *changes)
    return rows


def _apply(grid: Grid, *changes: Changes) -> None:
    for change in changes:
        for (line, col), char in change.items():
            grid[line][col] = char


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
