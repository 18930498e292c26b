"""Chinese resident identity numbers (GB 11643-1999).

Eighteen characters: a six-digit region code, the date of birth as YYYYMMDD, a three-digit
sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check
character (a digit or X). Residents type numbers on a touch keypad and readers return them
from cards, so a wrong number must be caught here with a reason a person can act on.

Reasons never repeat the number itself, so they are safe to log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Sex = Literal["male", "female"]

_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"

# Provinces, autonomous regions and municipalities (first two digits of the region code),
# plus 81/82/83 used on residence permits for Hong Kong, Macao and Taiwan residents. The full
# county table changes every year, so only the province part is checked.
PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
    ]
)


@dataclass(frozen=True, repr=False)
class IdNumberCheck:
    """The verdict on one number; the parts are filled only when the number is valid."""

    valid: bool
    reason: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    region_code: str | None = None

    def __repr__(self) -> str:  # the parts are personal data: show the verdict only
        return f"IdNumberCheck(valid={self.valid}, reason={self.reason!r})"


def check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def make_id_number(region_code: str, birth: date, sequence: int) -> str:
    """Build a well-formed number; used for synthetic cards in the emulator, tests and benches."""
    if len(region_code) != 6 or not region_code.isdigit() or not 0 <= sequence <= 999:
        raise ValueError("region code must be 6 digits and the sequence 0-999")
    first17 = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def _shape_problem(number: str) -> str | None:
    if len(number) != 18:
        return f"expected 18 characters, got {len(number)}"
    if not number[:17].isascii() or not number[:17].isdigit():
        return "the first 17 characters must be digits"
    if number[17] not in "0123456789X":
        return "the last character must be a digit or X"
    return None


def _birth_date(number: str, today: date) -> date | str:
    digits = number[6:14]
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return "the date of birth is not a calendar date"
    if born > today:
        return "the date of birth is in the future"
    return born


def check_id_number(number: str, today: date | None = None) -> IdNumberCheck:
    """Judge a number; a lower-case x as the check character is accepted."""
    number = number.strip()
    number = number[:17] + number[17:].upper()
    problem = _shape_problem(number)
    if problem is not None:
        return IdNumberCheck(False, problem)
    if number[:2] not in PROVINCES:
        return IdNumberCheck(False, "the region code names no province")
    born = _birth_date(number, today or date.today())
    if isinstance(born, str):
        return IdNumberCheck(False, born)
    if check_character(number[:17]) != number[17]:
        return IdNumberCheck(False, "the check character does not match (a digit is mistyped)")
    sex: Sex = "male" if int(number[16]) % 2 else "female"
    return IdNumberCheck(True, None, born, sex, number[:6])
