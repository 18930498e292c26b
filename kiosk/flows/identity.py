"""How a resident's identity is established: an ID card, a typed number or a passport MRZ.

The verdicts say what to fix in words a resident can act on and never repeat the number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date

from api_client.personal_data import PROVINCES, check_id_number, mask_id_number
from devices.idcard.port import IdCardData
from devices.mrz.parser import MrzShapeError, parse_mrz
from kiosk.flows import QT_TRANSLATE_NOOP


class IdMethod(enum.Enum):
    ID_CARD = "id_card"
    ID_CARD_FACE = "id_card_face"
    TYPED_NUMBER = "typed_number"
    PASSPORT_MRZ = "passport_mrz"
    PASSPORT_MRZ_FACE = "passport_mrz_face"


# The stronger method a face that matches the document's photo turns each one into.
WITH_FACE = {
    IdMethod.ID_CARD: IdMethod.ID_CARD_FACE,
    IdMethod.PASSPORT_MRZ: IdMethod.PASSPORT_MRZ_FACE,
}

METHOD_TEXT = {
    IdMethod.ID_CARD: QT_TRANSLATE_NOOP("Identify", "Read from the ID card"),
    IdMethod.ID_CARD_FACE: QT_TRANSLATE_NOOP(
        "Identify", "Read from the ID card, face matches the card photo"
    ),
    IdMethod.PASSPORT_MRZ_FACE: QT_TRANSLATE_NOOP(
        "Identify", "Read from the passport, face matches the passport photo"
    ),
    IdMethod.TYPED_NUMBER: QT_TRANSLATE_NOOP("Identify", "ID number typed in (not verified)"),
    IdMethod.PASSPORT_MRZ: QT_TRANSLATE_NOOP("Identify", "Read from the passport"),
}


@dataclass(frozen=True, repr=False)
class Identity:
    """Who the resident is and how we know it. Personal data: lives in the ResidentSession."""

    method: IdMethod
    id_number: str
    name: str = ""
    sex: str = ""
    birth_date: date | None = None
    address: str = ""

    @property
    def masked(self) -> str:
        return mask_id_number(self.id_number)

    def __repr__(self) -> str:
        return f"Identity({self.method.value}, {self.masked})"

    def face_confirmed(self) -> Identity:
        """The same person, now also recognised by face; a method without a photo is kept."""
        return replace(self, method=WITH_FACE.get(self.method, self.method))


def from_card(card: IdCardData) -> Identity:
    return Identity(
        IdMethod.ID_CARD, card.id_number, card.name, card.sex, card.birth_date, card.address
    )


# What a resident reads when a typed number is wrong, by the checker's reason.
TYPING_TEXT = {
    "digits": QT_TRANSLATE_NOOP("Identify", "Only digits, and X as the last character"),
    "province": QT_TRANSLATE_NOOP(
        "Identify", "The first two digits do not name a province: please check them"
    ),
    "date": QT_TRANSLATE_NOOP("Identify", "Digits 7 to 14 must be your date of birth"),
    "check": QT_TRANSLATE_NOOP(
        "Identify", "This number is not valid: a digit may be mistyped, please check it"
    ),
    "more": QT_TRANSLATE_NOOP("Identify", "%1 more characters to type"),
    "ok": QT_TRANSLATE_NOOP("Identify", "The number is valid"),
}


@dataclass(frozen=True, repr=False)
class TypingVerdict:
    """The state of a number being typed: `key` names a TYPING_TEXT entry."""

    key: str
    remaining: int = 0

    @property
    def complete(self) -> bool:
        return self.key == "ok"

    @property
    def error(self) -> bool:
        return self.key not in ("ok", "more")


def judge_typing(text: str, today: date | None = None) -> TypingVerdict:
    """Judge a number as it is typed, so a mistake shows at the key that made it."""
    text = text.strip().upper()
    head = text[:17]
    if (not head.isdigit() and head) or (len(text) == 18 and text[17] not in "0123456789X"):
        return TypingVerdict("digits")
    if len(text) > 18 or ("X" in text[:17]):
        return TypingVerdict("digits")
    if len(text) >= 2 and text[:2] not in PROVINCES:
        return TypingVerdict("province")
    if len(text) >= 14 and not _plausible_birth(text[6:14], today or date.today()):
        return TypingVerdict("date")
    if len(text) < 18:
        return TypingVerdict("more", 18 - len(text))
    return TypingVerdict("ok" if check_id_number(text, today).valid else "check")


def _plausible_birth(digits: str, today: date) -> bool:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= today


def from_typed(text: str, today: date | None = None) -> Identity | None:
    number = text.strip().upper()
    check = check_id_number(number, today)
    if not check.valid:
        return None
    return Identity(IdMethod.TYPED_NUMBER, number, "", check.sex or "", check.birth_date)


def from_mrz(text: str) -> Identity | None:
    """A travel document's MRZ when every check digit holds; None when it cannot be trusted.

    `text` is the zone as the scanner judged it (its OCR repairs already made and reported
    there) or as typed: either way it is judged exactly as given, never repaired here."""
    try:
        result = parse_mrz(text)
    except MrzShapeError:
        return None
    if not result.valid:
        return None
    f = result.fields
    name = " ".join(part for part in (f.surname, f.given_names) if part)
    sex = {"M": "male", "F": "female"}.get(f.sex, "")
    return Identity(IdMethod.PASSPORT_MRZ, f.document_number, name, sex)
