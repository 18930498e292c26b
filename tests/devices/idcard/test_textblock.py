"""The text block: every card family parses back, anything else is refused, not guessed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from devices.errors import InvalidData
from devices.idcard.emulator import synthetic_card
from devices.idcard.nations import NATIONS, nation_name
from devices.idcard.port import CardType
from devices.idcard.textblock import (
    BLOCK_BYTES,
    MARKER_INDEX,
    RESIDENT,
    encode_base_info,
    encode_text_block,
    join_fields,
    parse_base_info,
    parse_text_block,
)
from devices.idcard.wlt import NoPhotoDecoder, PhotoResult, decode_photo
from devices.idnumber import make_id_number

CARD_TYPES: list[CardType] = ["resident", "foreign_permanent", "hk_mo_tw_residence"]


def _resident_block(**fields: str) -> bytes:
    born = date(1990, 2, 3)
    values = {
        "name": "测试样例",
        "sex": "2",
        "nation": "02",
        "birth": "19900203",
        "address": "内蒙古自治区呼和浩特市示例路2号",
        "id_number": make_id_number("150102", born, 124),
        "issuer": "呼和浩特市公安局",
        "valid_from": "20150101",
        "valid_to": "长期",
    }
    values.update(fields)
    return join_fields(values, RESIDENT).encode("utf-16-le")


def test_a_resident_block_parses_field_by_field() -> None:
    card = parse_text_block(_resident_block(), b"photo")

    assert card.card_type == "resident"
    assert card.name == "测试样例"
    assert card.sex == "female"
    assert (card.nation, card.nation_code) == ("蒙古", "02")
    assert card.birth_date == date(1990, 2, 3)
    assert card.address == "内蒙古自治区呼和浩特市示例路2号"
    assert card.issuer == "呼和浩特市公安局"
    assert card.valid_from == date(2015, 1, 1)
    assert card.valid_to is None
    assert card.photo_wlt == b"photo"


def test_blocks_are_256_bytes_of_ucs2() -> None:
    assert len(_resident_block()) == BLOCK_BYTES


@pytest.mark.parametrize("card_type", CARD_TYPES)
@pytest.mark.parametrize("sequence", [1, 2, 3])
def test_every_card_family_round_trips(card_type: CardType, sequence: int) -> None:
    card = synthetic_card(sequence, card_type)

    assert parse_base_info(encode_base_info(card)) == card


@pytest.mark.parametrize(
    ("marker", "card_type"), [("I", "foreign_permanent"), ("J", "hk_mo_tw_residence")]
)
def test_markers_name_the_card_type(marker: str, card_type: CardType) -> None:
    text = encode_text_block(synthetic_card(5, card_type)).decode("utf-16-le")

    assert text[MARKER_INDEX] == marker


@pytest.mark.parametrize("marker", ["Y", "X", "1", "中"])
def test_an_unknown_marker_is_refused(marker: str) -> None:
    text = _resident_block().decode("utf-16-le")
    block = (text[:MARKER_INDEX] + marker + text[MARKER_INDEX + 1 :]).encode("utf-16-le")

    with pytest.raises(InvalidData, match="card type marker"):
        parse_text_block(block)


@pytest.mark.parametrize(
    ("fields", "complaint"),
    [
        ({"sex": "3"}, "sex code"),
        ({"nation": "57"}, "nation code"),
        ({"nation": "00"}, "nation code"),
        ({"birth": "19900231"}, "date of birth is not a calendar date"),
        ({"valid_to": "永久"}, "end of validity"),
        ({"id_number": "110101199001011234"}, "ID number is not valid"),
        ({"birth": "19900204"}, "disagree"),
        ({"name": ""}, "name is empty"),
    ],
)
def test_fields_that_make_no_sense_are_refused(fields: dict[str, str], complaint: str) -> None:
    with pytest.raises(InvalidData, match=complaint):
        parse_text_block(_resident_block(**fields))


def test_wrong_lengths_and_non_text_are_refused() -> None:
    with pytest.raises(InvalidData, match="256"):
        parse_text_block(b"\x20\x00" * 100)
    with pytest.raises(InvalidData, match="UCS-2"):
        parse_text_block(b"\x00\xd8" * 128)  # lone surrogates
    with pytest.raises(InvalidData, match="lengths"):
        parse_base_info(encode_base_info(synthetic_card(1))[:-10])
    with pytest.raises(InvalidData, match="too short"):
        parse_base_info(b"\x01")


def test_a_foreign_card_needs_a_country_code() -> None:
    card = replace(synthetic_card(2, "foreign_permanent"), nation_code="C1")

    with pytest.raises(InvalidData, match="country code"):
        parse_text_block(encode_text_block(card))


def test_all_56_nations_are_named_as_printed() -> None:
    assert len(NATIONS) == 56
    assert len(set(NATIONS.values())) == 56
    assert list(NATIONS) == [f"{n:02d}" for n in range(1, 57)]
    assert nation_name("01") == "汉"
    assert nation_name("02") == "蒙古"
    assert nation_name("56") == "基诺"
    assert nation_name("97") is None
    assert all(not name.endswith("族") for name in NATIONS.values())


def test_without_a_decoder_the_photo_cannot_be_decoded() -> None:
    result = decode_photo(bytes(1024))

    assert not result.ok
    assert result.detail.startswith("cannot decode")


def test_a_plugged_in_decoder_is_used_and_its_failures_contained() -> None:
    class Fake:
        def decode(self, wlt: bytes) -> PhotoResult:
            return PhotoResult(b"BM" + wlt[:4], "image/bmp")

    class Broken:
        def decode(self, wlt: bytes) -> PhotoResult:
            raise RuntimeError("vendor library crashed")

    assert decode_photo(bytes(1024), Fake()).ok
    assert not decode_photo(bytes(1024), Broken()).ok
    assert not decode_photo(b"short", NoPhotoDecoder()).ok
    assert "bytes" in repr(decode_photo(bytes(1024), Fake()))
