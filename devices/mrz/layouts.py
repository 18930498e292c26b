"""Where each field and check digit sits in TD1, TD2 and TD3 zones (ICAO 9303 parts 4-6)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.Enum):
    """What a span may contain; drives which OCR confusions can be undone in it."""

    ALPHA = "alpha"  # letters and filler: codes, names
    NUMERIC = "numeric"  # digits: dates and check digits
    ALNUM = "alnum"  # document numbers and optional data
    SEX = "sex"


@dataclass(frozen=True)
class Span:
    line: int
    start: int
    end: int  # exclusive
    kind: Kind

    def positions(self) -> list[tuple[int, int]]:
        return [(self.line, col) for col in range(self.start, self.end)]


@dataclass(frozen=True)
class Check:
    """A check digit at `digit` over the concatenation of `covers`."""

    name: str
    covers: tuple[Span, ...]
    digit: Span


@dataclass(frozen=True)
class Layout:
    name: str
    lines: int
    width: int
    spans: dict[str, Span]
    checks: tuple[Check, ...]
    optional: tuple[str, ...]  # span names that make up the optional data field

    def check(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)


A, N, X = Kind.ALPHA, Kind.NUMERIC, Kind.ALNUM


def _layout(name: str, lines: int, width: int, spans: dict[str, Span], optional: tuple[str, ...],
            checks: list[tuple[str, list[str], str]]) -> Layout:  # fmt: skip
    built = tuple(Check(n, tuple(spans[c] for c in covers), spans[d]) for n, covers, d in checks)
    return Layout(name, lines, width, spans, built, optional)


TD3 = _layout(
    "TD3", 2, 44,
    {
        "document_type": Span(0, 0, 2, A), "country": Span(0, 2, 5, A), "names": Span(0, 5, 44, A),
        "document_number": Span(1, 0, 9, X), "document_number_check": Span(1, 9, 10, N),
        "nationality": Span(1, 10, 13, A),
        "birth_date": Span(1, 13, 19, N), "birth_date_check": Span(1, 19, 20, N),
        "sex": Span(1, 20, 21, Kind.SEX),
        "expiry_date": Span(1, 21, 27, N), "expiry_date_check": Span(1, 27, 28, N),
        "optional": Span(1, 28, 42, X), "optional_check": Span(1, 42, 43, N),
        "composite_check": Span(1, 43, 44, N),
    },
    ("optional",),
    [
        ("document_number", ["document_number"], "document_number_check"),
        ("birth_date", ["birth_date"], "birth_date_check"),
        ("expiry_date", ["expiry_date"], "expiry_date_check"),
        ("optional_data", ["optional"], "optional_check"),
        ("composite", ["document_number", "document_number_check", "birth_date",
                       "birth_date_check", "expiry_date", "expiry_date_check", "optional",
                       "optional_check"], "composite_check"),
    ],
)  # fmt: skip

TD2 = _layout(
    "TD2", 2, 36,
    {
        "document_type": Span(0, 0, 2, A), "country": Span(0, 2, 5, A), "names": Span(0, 5, 36, A),
        "document_number": Span(1, 0, 9, X), "document_number_check": Span(1, 9, 10, N),
        "nationality": Span(1, 10, 13, A),
        "birth_date": Span(1, 13, 19, N), "birth_date_check": Span(1, 19, 20, N),
        "sex": Span(1, 20, 21, Kind.SEX),
        "expiry_date": Span(1, 21, 27, N), "expiry_date_check": Span(1, 27, 28, N),
        "optional": Span(1, 28, 35, X), "composite_check": Span(1, 35, 36, N),
    },
    ("optional",),
    [
        ("document_number", ["document_number"], "document_number_check"),
        ("birth_date", ["birth_date"], "birth_date_check"),
        ("expiry_date", ["expiry_date"], "expiry_date_check"),
        ("composite", ["document_number", "document_number_check", "birth_date",
                       "birth_date_check", "expiry_date", "expiry_date_check", "optional"],
         "composite_check"),
    ],
)  # fmt: skip

TD1 = _layout(
    "TD1", 3, 30,
    {
        "document_type": Span(0, 0, 2, A), "country": Span(0, 2, 5, A),
        "document_number": Span(0, 5, 14, X), "document_number_check": Span(0, 14, 15, N),
        "optional": Span(0, 15, 30, X),
        "birth_date": Span(1, 0, 6, N), "birth_date_check": Span(1, 6, 7, N),
        "sex": Span(1, 7, 8, Kind.SEX),
        "expiry_date": Span(1, 8, 14, N), "expiry_date_check": Span(1, 14, 15, N),
        "nationality": Span(1, 15, 18, A), "optional2": Span(1, 18, 29, X),
        "composite_check": Span(1, 29, 30, N),
        "names": Span(2, 0, 30, A),
    },
    ("optional", "optional2"),
    [
        ("document_number", ["document_number"], "document_number_check"),
        ("birth_date", ["birth_date"], "birth_date_check"),
        ("expiry_date", ["expiry_date"], "expiry_date_check"),
        ("composite", ["document_number", "document_number_check", "optional", "birth_date",
                       "birth_date_check", "expiry_date", "expiry_date_check", "optional2"],
         "composite_check"),
    ],
)  # fmt: skip

BY_SHAPE: dict[tuple[int, int], Layout] = {(td.lines, td.width): td for td in (TD1, TD2, TD3)}
