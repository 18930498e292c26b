"""The 256-byte text block a reader returns: UCS-2 little-endian, fixed-width, space-padded.

Three card families share the block. The resident card has no marker; the foreign permanent
resident card carries `I` and the Hong Kong/Macao/Taiwan residence permit `J` at character
124, each with its own layout. A block that fits none of them, or whose fields do not make
sense (an unknown nation, a date that is not a date), is rejected with `InvalidData`: a
resident must never see garbage presented as their identity.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from devices.errors import InvalidData
from devices.idcard.nations import nation_name
from devices.idcard.port import CardType, IdCardData
from devices.idcard.wlt import WLT_BYTES
from devices.idnumber import check_id_number
from devices.xfs import DeviceFamily

BLOCK_BYTES = 256
MARKER_INDEX = 124
LONG_TERM = "长期"

Layout = tuple[tuple[str, int], ...]  # (field, width in characters)

RESIDENT: Layout = (
    ("name", 15), ("sex", 1), ("nation", 2), ("birth", 8), ("address", 35),
    ("id_number", 18), ("issuer", 15), ("valid_from", 8), ("valid_to", 8), ("reserved", 18),
)  # fmt: skip
HK_MO_TW: Layout = (
    ("name", 15), ("sex", 1), ("reserved1", 2), ("birth", 8), ("address", 35),
    ("id_number", 18), ("issuer", 15), ("valid_from", 8), ("valid_to", 8),
    ("pass_number", 9), ("issue_count", 2), ("reserved2", 3), ("marker", 1), ("reserved3", 3),
)  # fmt: skip
FOREIGN: Layout = (
    ("name", 60), ("sex", 1), ("id_number", 15), ("nation", 3), ("name_zh", 15),
    ("valid_from", 8), ("valid_to", 8), ("birth", 8), ("version", 2), ("issuer", 4),
    ("marker", 1), ("reserved", 3),
)  # fmt: skip

MARKERS: dict[str, tuple[CardType, Layout]] = {
    " ": ("resident", RESIDENT),
    "\0": ("resident", RESIDENT),
    "I": ("foreign_permanent", FOREIGN),
    "J": ("hk_mo_tw_residence", HK_MO_TW),
}
_MARKER_OF: dict[CardType, str] = {
    "resident": " ",
    "foreign_permanent": "I",
    "hk_mo_tw_residence": "J",
}


def _bad(message: str) -> InvalidData:
    return InvalidData(DeviceFamily.ID_READER, f"the card's data is not readable: {message}")


def split_fields(text: str, layout: Layout) -> dict[str, str]:
    """Cut the block's text into fields and trim the padding."""
    fields: dict[str, str] = {}
    pos = 0
    for name, width in layout:
        fields[name] = text[pos : pos + width].strip(" \0\u3000")
        pos += width
    return fields


def join_fields(fields: dict[str, str], layout: Layout) -> str:
    """The reverse of `split_fields`: pad each field to its width."""
    parts = []
    for name, width in layout:
        value = fields.get(name, "")
        if len(value) > width:
            raise ValueError(f"{name} is longer than {width} characters")
        parts.append(value.ljust(width))
    return "".join(parts)


def _date(value: str, what: str) -> date:
    if len(value) != 8 or not value.isdigit():
        raise _bad(f"{what} is not a date")
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise _bad(f"{what} is not a calendar date") from None


def _valid_to(value: str) -> date | None:
    return None if value == LONG_TERM else _date(value, "the end of validity")


def _sex(code: str) -> Literal["male", "female"]:
    if code == "1":
        return "male"
    if code == "2":
        return "female"
    raise _bad("the sex code is neither 1 nor 2")


def _nation(card_type: CardType, fields: dict[str, str]) -> tuple[str, str]:
    code = fields.get("nation", "")
    if card_type == "hk_mo_tw_residence":
        return "", ""
    if card_type == "foreign_permanent":
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            raise _bad("the nationality is not a three-letter country code")
        return code, code
    name = nation_name(code)
    if name is None:
        raise _bad("the nation code is not one of the 56 ethnic groups")
    return name, code


def _check_number(card_type: CardType, number: str, born: date) -> None:
    if card_type == "foreign_permanent":
        if not number.isascii() or not number.isalnum():
            raise _bad("the permit number has unexpected characters")
        return
    verdict = check_id_number(number)
    if not verdict.valid:
        raise _bad(f"the ID number is not valid ({verdict.reason})")
    if verdict.birth_date != born:
        raise _bad("the ID number and the date of birth disagree")


def decode_text(block: bytes) -> str:
    if len(block) != BLOCK_BYTES:
        raise _bad(f"the text block has {len(block)} bytes, not {BLOCK_BYTES}")
    try:
        return block.decode("utf-16-le")
    except UnicodeDecodeError:
        raise _bad("the text block is not UCS-2 text") from None


def card_type_of(text: str) -> tuple[CardType, Layout]:
    marker = text[MARKER_INDEX]
    if marker not in MARKERS:
        raise _bad("the card type marker is not one this reader knows")
    return MARKERS[marker]


def parse_text_block(block: bytes, photo_wlt: bytes = b"") -> IdCardData:
    """Parse a text block into card data, or raise `InvalidData` saying what is wrong."""
    text = decode_text(block)
    card_type, layout = card_type_of(text)
    fields = split_fields(text, layout)
    if not fields["name"]:
        raise _bad("the name is empty")
    born = _date(fields["birth"], "the date of birth")
    _check_number(card_type, fields["id_number"], born)
    nation, nation_code = _nation(card_type, fields)
    return IdCardData(
        card_type=card_type,
        name=fields["name"],
        sex=_sex(fields["sex"]),
        nation=nation,
        birth_date=born,
        address=fields.get("address", ""),
        id_number=fields["id_number"],
        issuer=fields["issuer"],
        valid_from=_date(fields["valid_from"], "the start of validity"),
        valid_to=_valid_to(fields["valid_to"]),
        photo_wlt=photo_wlt,
        nation_code=nation_code,
    )


def encode_text_block(card: IdCardData) -> bytes:
    """Lay a card out as a reader returns it; the emulator and the tests build blocks with it."""
    layout = MARKERS[_MARKER_OF[card.card_type]][1]
    fields = {
        "name": card.name,
        "sex": "1" if card.sex == "male" else "2",
        "nation": card.nation_code,
        "birth": f"{card.birth_date:%Y%m%d}",
        "address": card.address,
        "id_number": card.id_number,
        "issuer": card.issuer,
        "valid_from": f"{card.valid_from:%Y%m%d}",
        "valid_to": LONG_TERM if card.valid_to is None else f"{card.valid_to:%Y%m%d}",
        "marker": _MARKER_OF[card.card_type].strip(),
    }
    return join_fields(fields, layout).encode("utf-16-le")


def encode_base_info(card: IdCardData) -> bytes:
    """The data of a read-base-info reply: text and photo lengths (big-endian), then both."""
    text = encode_text_block(card)
    photo = card.photo_wlt.ljust(WLT_BYTES, b"\0")[:WLT_BYTES]
    return len(text).to_bytes(2, "big") + len(photo).to_bytes(2, "big") + text + photo


def parse_base_info(data: bytes) -> IdCardData:
    """Parse a read-base-info reply's data, checking that the lengths add up."""
    if len(data) < 4:
        raise _bad("the reply is too short")
    text_len = int.from_bytes(data[:2], "big")
    photo_len = int.from_bytes(data[2:4], "big")
    if text_len != BLOCK_BYTES or len(data) < 4 + text_len + photo_len:
        raise _bad("the reply's lengths do not add up")
    text = data[4 : 4 + text_len]
    return parse_text_block(text, data[4 + text_len : 4 + text_len + photo_len])
