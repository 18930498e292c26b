"""Parsing MRZs: the ICAO 9303 specimens exactly, shapes refused with a reason, properties."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from devices.mrz.checks import char_value, check_digit, check_passes
from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields, MrzShapeError, parse_mrz
from tests.devices.mrz.strategies import documents

# Speed belongs in benchmarks: a busy machine must not fail a property for being slow.
untimed = settings(deadline=None)

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
ANNA = MrzFields(
    document_type="I",
    country="UTO",
    surname="ERIKSSON",
    given_names="ANNA MARIA",
    document_number="D23145890",
    nationality="UTO",
    birth_date="740812",
    sex="F",
    expiry_date="120415",
    optional_data="",
)


def test_the_td3_specimen_parses_exactly() -> None:
    result = parse_mrz(TD3)

    assert result.to_dict() == {
        "format": "TD3",
        "valid": True,
        "checks": {
            "document_number": True,
            "birth_date": True,
            "expiry_date": True,
            "optional_data": True,
            "composite": True,
        },
        "failing": [],
        "corrected": False,
        "repairs": [],
        "fields": {
            "document_type": "P",
            "country": "UTO",
            "surname": "ERIKSSON",
            "given_names": "ANNA MARIA",
            "document_number": "L898902C3",
            "nationality": "UTO",
            "birth_date": "740812",
            "sex": "F",
            "expiry_date": "120415",
            "optional_data": "ZE184226B",
        },
    }


@pytest.mark.parametrize(("text", "format_name"), [(TD1, "TD1"), (TD2, "TD2")])
def test_the_td1_and_td2_specimens_parse_exactly(text: str, format_name: str) -> None:
    result = parse_mrz(text)

    assert result.format == format_name
    assert result.valid and not result.corrected
    assert result.fields == ANNA
    assert result.checks["optional_data"] is None
    assert result.checks["composite"] is True


@pytest.mark.parametrize(("text", "format_name"), [(TD1, "TD1"), (TD2, "TD2"), (TD3, "TD3")])
def test_composing_the_specimen_fields_gives_the_specimen(text: str, format_name: str) -> None:
    assert compose(format_name, parse_mrz(text).fields) == text


def test_surrounding_blank_lines_spaces_and_lower_case_are_tolerated() -> None:
    assert parse_mrz("\n  " + TD3.lower().replace("\n", "  \n\n") + "\n").valid


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "got 0 line(s)"),
        ("hello world", "got 1 line(s) of 11"),
        (TD3.splitlines()[0], "got 1 line(s) of 44"),
        (TD3 + "<", "got 2 line(s) of 44, 45"),
        (TD3.replace("ERIKSSON", "ERIKSSÖN"), "line 1 has characters"),
        (TD2.replace("<<<<<<<6", "<<<<<<-6"), "line 2 has characters"),
    ],
)
def test_text_that_is_not_mrz_shaped_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(MrzShapeError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_mrz(text)


def test_unspecified_sex_is_x_and_fillers_in_codes_are_dropped() -> None:
    fields = replace(ANNA, sex="X", country="D", nationality="D")

    parsed = parse_mrz(compose("TD1", fields))

    assert parsed.fields == fields
    assert compose("TD1", fields).splitlines()[1][7] == "<"


def test_a_long_td1_document_number_continues_into_the_optional_data() -> None:
    number = "D23145890AB11223"
    line1 = f"I<UTO{number[:9]}<{number[9:]}{check_digit(number)}<<<<<<<"
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    text = f"{line1}\n{line2}{composite}\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"

    result = parse_mrz(text)

    assert result.valid
    assert result.fields.document_number == number
    assert result.fields.optional_data == ""


def test_the_result_repr_hides_personal_data() -> None:
    result = parse_mrz(TD3)

    assert "ERIKSSON" not in repr(result)
    assert "L898902C3" not in repr(result.fields)


def test_check_digit_values() -> None:
    assert [char_value(c) for c in "09AZ<"] == [0, 9, 10, 35, 0]
    assert check_passes("<<<<", "<")
    assert not check_passes("AB<<", "<")
    assert not check_passes("AB", "X")
    with pytest.raises(ValueError):
        char_value("a")


@untimed
@given(documents())
def test_random_valid_documents_parse_back_to_their_fields(doc: tuple[str, MrzFields]) -> None:
    format_name, fields = doc

    result = parse_mrz(compose(format_name, fields))

    assert result.format == format_name
    assert result.valid
    assert not result.corrected
    assert result.fields == fields
