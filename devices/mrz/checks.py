"""ICAO 9303 check digits: weights 7, 3, 1 repeating; digits count as themselves, letters
A-Z as 10-35 and the filler `<` as 0; the check digit is the sum modulo 10."""

from __future__ import annotations

import string
from collections.abc import Sequence

from devices.mrz.layouts import Check, Layout, Span

FILLER = "<"
ALPHABET = frozenset(string.ascii_uppercase + string.digits + FILLER)
_WEIGHTS = (7, 3, 1)


def char_value(char: str) -> int:
    if char.isdigit() and char.isascii():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == FILLER:
        return 0
    raise ValueError(f"{char!r} cannot appear in an MRZ")


def check_digit(field: str) -> str:
    """The check digit of `field`, as a character."""
    total = sum(char_value(char) * _WEIGHTS[i % 3] for i, char in enumerate(field))
    return str(total % 10)


def check_passes(field: str, digit: str) -> bool:
    """Whether `digit` checks `field`; an all-filler field may carry `<` as its check digit."""
    if digit == FILLER:
        return set(field) <= {FILLER}
    if digit not in string.digits:
        return False
    return check_digit(field) == digit


def text_of(lines: Sequence[str], span: Span) -> str:
    return "".join(lines[span.line][span.start : span.end])


def long_number(layout: Layout, lines: Sequence[str]) -> tuple[str, str, str] | None:
    """A TD1/TD2 document number longer than nine characters: its check digit position holds
    `<` and the number goes on in the optional data, ending with its check digit.
    Returns (number, check digit, rest of the optional data)."""
    number_check = text_of(lines, layout.spans["document_number_check"])
    if not layout.long_numbers or number_check != FILLER:
        return None
    optional = "".join(text_of(lines, layout.spans[name]) for name in layout.optional)
    extension, _, rest = optional.partition(FILLER)
    if not extension:
        return None
    return text_of(lines, layout.spans["document_number"]) + extension[:-1], extension[-1], rest


def check_holds(layout: Layout, lines: Sequence[str], check: Check) -> bool:
    if check.name == "document_number" and (long := long_number(layout, lines)) is not None:
        return check_passes(long[0], long[1])
    covered = "".join(text_of(lines, span) for span in check.covers)
    return check_passes(covered, text_of(lines, check.digit))


CHECK_NAMES = ("document_number", "birth_date", "expiry_date", "optional_data", "composite")


def run_checks(layout: Layout, lines: Sequence[str]) -> dict[str, bool | None]:
    """Every check the layout has, by name; None for checks this format does not carry."""
    results: dict[str, bool | None] = dict.fromkeys(CHECK_NAMES)
    for check in layout.checks:
        results[check.name] = check_holds(layout, lines, check)
    return results
