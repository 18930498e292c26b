"""Where each field and check digit sits in each machine-readable zone this reader knows.

ICAO 9303 parts 4-7: TD3 passports, TD2 and TD1 cards, MRV-A and MRV-B visas. China's
exit-entry permits (devices.mrz.permits) add layouts of their own. A layout also says what
alphabet each span admits, which is all the OCR repair may rely on (devices.mrz.repair).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.Enum):
    """What a span may contain; decides which OCR confusions can be undone in it."""

    ALPHA = "alpha"  # letters and filler: codes, names
    NUMERIC = "numeric"  # digits: dates and check digits
    ALNUM = "alnum"  # document numbers and optional data: never guessed
    SEX = "sex"
    FILLER = "filler"  # a position the layout fixes as `<`


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
    """One zone format. `codes` are the document codes (start of line 1) it is for, empty
    for any; `number_shape`, where the layout fixes the document number's form, gives each
    position's alphabet: A letter, N digit, X either, `<` filler."""

    name: str
    lines: int
    width: int
    spans: dict[str, Span]
    checks: tuple[Check, ...]
    optional: tuple[str, ...]  # span names that make up the optional data field
    codes: tuple[str, ...] = ()
    number_shape: str = ""
    long_numbers: bool = False  # TD1/TD2: a number over 9 characters goes on in the optional

    def check(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    def is_for(self, lines: list[str]) -> bool:
        return not self.codes or any(lines[0].startswith(code) for code in self.codes)


A, N, X = Kind.ALPHA, Kind.NUMERIC, Kind.ALNUM


def make_layout(name: str, lines: int, width: int, spans: dict[str, Span],
                optional: tuple[str, ...], checks: list[tuple[str, list[str], str]],
                **extra: object) -> Layout:  # fmt: skip
    built = tuple(Check(n, tuple(spans[c] for c in covers), spans[d]) for n, covers, d in checks)
    return Layout(name, lines, width, spans, built, optional, **extra)  # type: ignore[arg-type]


def _two_line_spans(width: int, optional_end: int) -> dict[str, Span]:
    """TD3, TD2 and the visas share line 1 and the start of line 2."""
    return {
        "document_type": Span(0, 0, 2, A), "country": Span(0, 2, 5, A),
        "names": Span(0, 5, width, A),
        "document_number": Span(1, 0, 9, X), "document_number_check": Span(1, 9, 10, N),
        "nationality": Span(1, 10, 13, A),
        "birth_date": Span(1, 13, 19, N), "birth_date_check": Span(1, 19, 20, N),
        "sex": Span(1, 20, 21, Kind.SEX),
        "expiry_date": Span(1, 21, 27, N), "expiry_date_check": Span(1, 27, 28, N),
        "optional": Span(1, 28, optional_end, X),
    }  # fmt: skip


_DATES = [
    ("document_number", ["document_number"], "document_number_check"),
    ("birth_date", ["birth_date"], "birth_date_check"),
    ("expiry_date", ["expiry_date"], "expiry_date_check"),
]
_LINE2 = ["document_number", "document_number_check", "birth_date", "birth_date_check",
          "expiry_date", "expiry_date_check", "optional"]  # fmt: skip

TD3 = make_layout(
    "TD3", 2, 44,
    {**_two_line_spans(44, 42), "optional_check": Span(1, 42, 43, N),
     "composite_check": Span(1, 43, 44, N)},
    ("optional",),
    [*_DATES, ("optional_data", ["optional"], "optional_check"),
     ("composite", [*_LINE2, "optional_check"], "composite_check")],
)  # fmt: skip

TD2 = make_layout(
    "TD2", 2, 36,
    {**_two_line_spans(36, 35), "composite_check": Span(1, 35, 36, N)},
    ("optional",),
    [*_DATES, ("composite", _LINE2, "composite_check")],
    long_numbers=True,
)  # fmt: skip

# Visas carry no composite check digit, and MRV-A no check on its optional data.
MRV_A = make_layout("MRV-A", 2, 44, _two_line_spans(44, 44), ("optional",), _DATES, codes=("V",))
MRV_B = make_layout("MRV-B", 2, 36, _two_line_spans(36, 36), ("optional",), _DATES, codes=("V",))

TD1_SPANS = {
    "document_type": Span(0, 0, 2, A), "country": Span(0, 2, 5, A),
    "document_number": Span(0, 5, 14, X), "document_number_check": Span(0, 14, 15, N),
    "optional": Span(0, 15, 30, X),
    "birth_date": Span(1, 0, 6, N), "birth_date_check": Span(1, 6, 7, N),
    "sex": Span(1, 7, 8, Kind.SEX),
    "expiry_date": Span(1, 8, 14, N), "expiry_date_check": Span(1, 14, 15, N),
    "nationality": Span(1, 15, 18, A), "optional2": Span(1, 18, 29, X),
    "composite_check": Span(1, 29, 30, N),
    "names": Span(2, 0, 30, A),
}  # fmt: skip
TD1_CHECKS = [
    *_DATES,
    ("composite", ["document_number", "document_number_check", "optional", "birth_date",
                   "birth_date_check", "expiry_date", "expiry_date_check", "optional2"],
     "composite_check"),
]  # fmt: skip

TD1 = make_layout("TD1", 3, 30, TD1_SPANS, ("optional", "optional2"), TD1_CHECKS,
                  long_numbers=True)  # fmt: skip
