"""One rule for a resident's identity numbers and phone numbers: the checks, the masks, and
the patterns that scrub them out of log text. Pure: the kiosk (journeys, screens, recent log
lines) and the central service (wire validation, staff views, JSON logs) import it alike.

The masks never show the last four characters of an ID number or a phone number: those are
the progress query's second factor (`ProgressQuery.last4`), so a mask that kept them would
hand a log reader or a shoulder-surfer half of what opens a request's progress. An ID number
keeps its six-digit region of issue, a phone number its three-digit network or area prefix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

Sex = Literal["male", "female"]

# --- Resident identity numbers (GB 11643-1999) -----------------------------------------------

_WEIGHTS: Final = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS: Final = "10X98765432"
# Provinces, autonomous regions and municipalities (the first two digits of the region code),
# plus 81/82/83 on residence permits for Hong Kong, Macao and Taiwan residents. The county
# table changes every year, so only the province part is checked.
PROVINCES: Final = frozenset(
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
# The foreign permanent resident ID card: since 2023 an 18-digit number starting with 9
# (GB 11643's check character, no province); before, three letters (the holder's country)
# and twelve digits.
_FOREIGN_PERMANENT_OLD: Final = re.compile(r"[A-Z]{3}[0-9]{12}")
# A travel document's number as its MRZ carries it (a long number with its extension too).
_TRAVEL_DOCUMENT: Final = re.compile(r"[A-Z0-9]{5,24}")

IdentifiedBy = Literal[
    "id_card", "id_card_face", "typed_number", "passport_mrz", "passport_mrz_face"
]
PASSPORT_METHODS: Final = frozenset({"passport_mrz", "passport_mrz_face"})


@dataclass(frozen=True, repr=False)
class IdNumberCheck:
    """The verdict on one number; the parts are filled only when the number is valid.

    `reason` never repeats the number, so it is safe to log and to show."""

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
    """Judge an 18-character resident ID number; a lower-case x as the check character is
    accepted."""
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


def document_number_problem(number: str, identified_by: str | None = None) -> str | None:
    """Why `number` is not a document number the kiosk accepts, or None when it is one.

    A passport (or another travel document read from its MRZ) carries its own number; a
    card or a typed number is a resident ID number, a Hong Kong/Macao/Taiwan residence
    permit's number (same rule) or a foreign permanent resident card's (either format)."""
    if identified_by in PASSPORT_METHODS:
        if _TRAVEL_DOCUMENT.fullmatch(number):
            return None
        return "a travel document number is 5 to 24 capital letters and digits"
    if _FOREIGN_PERMANENT_OLD.fullmatch(number):
        return None
    if len(number) == 18 and number.startswith("9"):
        if _shape_problem(number) is None and check_character(number[:17]) == number[17]:
            return None
        return "the check character does not match (a digit is mistyped)"
    return check_id_number(number).reason


def id_number_problem(number: str) -> str | None:
    """`document_number_problem` when how the number was read is not known: an 18-character
    number is judged as an ID number (a travel document's is never that shape), anything
    else as a foreign permanent resident card's or a travel document's number."""
    if len(number) == 18 and number[:17].isdigit():
        return document_number_problem(number, "id_card")
    if _FOREIGN_PERMANENT_OLD.fullmatch(number) or _TRAVEL_DOCUMENT.fullmatch(number):
        return None
    return "not an ID, permit or travel document number"


# --- Phone numbers ---------------------------------------------------------------------------

# A mainland mobile (11 digits starting with 1) or a landline with its area code, digits only.
PHONE_PATTERN: Final = r"^(1[0-9]{10}|0[0-9]{9,11})$"
_PHONE: Final = re.compile(PHONE_PATTERN)


def normalise_phone(text: str) -> str:
    """The number as stored and sent: the spaces and dashes a keypad or a person adds go."""
    return text.replace(" ", "").replace("-", "")


def phone_valid(text: str) -> bool:
    """A mainland mobile number or a landline with its area code, spaces and dashes allowed."""
    return _PHONE.fullmatch(normalise_phone(text)) is not None


# --- Masks -----------------------------------------------------------------------------------


def mask_id_number(number: str) -> str:
    """`150102199003071234` -> `150102************`: the region of issue only, never the
    last four (the progress query's second factor). Shorter document numbers (passports)
    show nothing."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 6)


def mask_phone(phone: str) -> str:
    """`13800138000` -> `138********`: the network or area prefix only, never the last four."""
    digits = normalise_phone(phone)
    if len(digits) <= 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 3)


def mask_name(name: str) -> str:
    """`张三丰` -> `张**`: enough for staff to see whom a line is about, not who it is."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


# --- Scrubbing free text (log lines) ---------------------------------------------------------

# Keys whose values are a resident's data, whatever they hold: a structured log line shows
# `***` for them.
PERSONAL_KEYS: Final = frozenset(
    {"name", "full_name", "id_number", "phone", "address", "mrz", "photo", "birth_date"}
)
MRZ_TEXT: Final = "[mrz]"
SECRET_TEXT: Final = "***"  # noqa: S105 (a mask, not a password)

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
SCRUB_RULES: Final[tuple[_Rule, ...]] = (
    # The service's device and staff tokens.
    (re.compile(r"lk[sd]_[A-Za-z0-9_-]{20,}"), lambda _m: SECRET_TEXT),
    # An MRZ line first: it may hold a number the other rules would only half hide.
    (re.compile(r"[A-Z0-9<]{25,}"), lambda _m: MRZ_TEXT),
    # 18-character resident, permit and foreign permanent ID numbers.
    (
        re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"),
        lambda m: mask_id_number(m.group(0)),
    ),
    (re.compile(r"(?<![0-9A-Za-z])[A-Z]{3}[0-9]{12}(?![0-9])"), lambda m: mask_id_number(m[0])),
    # Mobile numbers, then landlines with their area code (a dash allowed after it).
    (re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"), lambda m: mask_phone(m.group(0))),
    (re.compile(r"(?<![0-9.])0[1-9][0-9]{1,2}-?[0-9]{7,8}(?![0-9])"), lambda m: mask_phone(m[0])),
)


def scrub(text: str) -> str:
    """`text` with every ID number, phone number, MRZ line and token in it masked."""
    for pattern, replace in SCRUB_RULES:
        text = pattern.sub(replace, text)
    return text
