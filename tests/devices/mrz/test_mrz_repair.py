"""OCR repair decides by a field's alphabet only; check digits are never talked round."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.mrz.checks import char_value
from devices.mrz.compose import LAYOUTS, compose
from devices.mrz.layouts import Kind
from devices.mrz.parser import MrzFields, parse_mrz
from devices.mrz.repair import TO_DIGIT
from tests.devices.mrz.strategies import documents

# Speed belongs in benchmarks: a busy machine must not fail a property for being slow.
untimed = settings(deadline=None, max_examples=300)

SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
LOOKALIKE_LETTERS = {digit: [k for k, v in TO_DIGIT.items() if v == digit] for digit in "0125868"}


def _with_number(number: str, format_name: str = "TD3") -> list[str]:
    fields = replace(parse_mrz(SPECIMEN).fields, document_number=number)
    return compose(format_name, fields).splitlines()


def _put(lines: list[str], line: int, col: int, char: str) -> str:
    lines = list(lines)
    lines[line] = lines[line][:col] + char + lines[line][col + 1 :]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("printed", "read"), [("OA582DB49", "OAS82DB49"), ("B1C06RHAR", "81C06RHAR")]
)
def test_a_changed_document_number_stays_invalid_typed_or_read(printed: str, read: str) -> None:
    """The issue's cases: a look-alike swap in a mixed field is never 'repaired' into a
    number that passes; the number is reported as read and the check names it."""
    lines = _with_number(printed)
    text = "\n".join([lines[0], read + lines[1][9:]])

    for result in (parse_mrz(text), parse_mrz(text, ocr=True)):
        assert not result.valid
        assert "document_number" in result.failing
        assert result.fields.document_number == read
        assert not result.corrected


def test_letters_read_in_a_date_are_put_back_and_reported_with_the_reading() -> None:
    text = SPECIMEN.replace("7408122", "74O8I22")

    result = parse_mrz(text, ocr=True)

    assert result.valid and result.corrected
    assert result.fields == parse_mrz(SPECIMEN).fields
    assert [r.to_dict() for r in result.repairs] == [
        {"field": "birth_date", "read": "74O8I2", "repaired": "740812"}
    ]


def test_typed_text_is_never_repaired() -> None:
    result = parse_mrz(SPECIMEN.replace("7408122", "74O8122"))

    assert not result.valid and not result.corrected
    assert result.failing == ["birth_date", "composite"]
    assert result.fields.birth_date == "74O812"


def test_a_letter_read_as_a_check_digit_is_put_back() -> None:
    result = parse_mrz(SPECIMEN.replace("<<<<<10", "<<<<<IO"), ocr=True)

    assert result.valid
    assert {r.field for r in result.repairs} == {"optional_check", "composite_check"}


def test_digits_read_in_names_and_codes_become_letters() -> None:
    text = SPECIMEN.replace("P<UTOERIKSSON", "P<UT0ERIK5SON")

    result = parse_mrz(text, ocr=True)

    assert (result.fields.country, result.fields.surname) == ("UTO", "ERIKSSON")
    assert {r.field for r in result.repairs} == {"country", "names"}


def test_ks_after_the_given_names_are_filler_but_a_given_name_k_is_kept() -> None:
    line2 = SPECIMEN.splitlines()[1]
    ks = parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<K<<<<KK<<<<<<<<<\n" + line2, ocr=True)
    named_k = parse_mrz("P<UTOERIKSSON<<K<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + line2, ocr=True)

    assert ks.fields.given_names == "ANNA MARIA" and ks.corrected
    assert named_k.fields.given_names == "K" and not named_k.corrected


def test_a_k_in_a_mixed_field_is_kept_where_the_layout_leaves_its_length_open() -> None:
    """K and < weigh the same in a check digit; a TD3 number may end in K, so it stays."""
    result = parse_mrz(_put(SPECIMEN.splitlines(), 1, 41, "K"), ocr=True)

    assert result.valid and not result.corrected
    assert result.fields.optional_data == "ZE184226B<<<<K"


def test_a_k_after_a_fixed_length_permit_number_is_filler() -> None:
    fields = MrzFields("CT", "CHN", "LIN", "MEI", "12345678", "CHN", "760101", "F", "300101", "")
    text = compose("CN-MTP-TW", fields).replace("12345678<", "12345678K")

    typed, read = parse_mrz(text), parse_mrz(text, ocr=True)

    assert typed.fields.document_number == "12345678K"  # as typed: checks cannot see it
    assert read.fields.document_number == "12345678"
    assert read.repairs[0].to_dict() == {
        "field": "document_number",
        "read": "12345678K",
        "repaired": "12345678<",
    }


def _effective_kinds(format_name: str) -> dict[tuple[int, int], Kind]:
    """Each position's alphabet, the fixed number form included."""
    layout = LAYOUTS[format_name]
    shape_kinds = {"A": Kind.ALPHA, "N": Kind.NUMERIC, "<": Kind.FILLER, "X": Kind.ALNUM}
    kinds = {}
    for name, span in layout.spans.items():
        for index, pos in enumerate(span.positions()):
            if name == "document_number" and layout.number_shape:
                kinds[pos] = shape_kinds[layout.number_shape[index]]
            else:
                kinds[pos] = span.kind
    return kinds


def _checked(format_name: str) -> dict[tuple[int, int], set[str]]:
    """Every position a check digit covers (digits included), with the checks on it."""
    positions: dict[tuple[int, int], set[str]] = {}
    for check in LAYOUTS[format_name].checks:
        for span in (*check.covers, check.digit):
            for position in span.positions():
                positions.setdefault(position, set()).add(check.name)
    return positions


@untimed
@given(documents(), st.booleans(), st.data())
def test_one_substitution_of_another_check_value_is_invalid_and_named(
    doc: tuple[str, MrzFields], ocr: bool, data: st.DataObject
) -> None:
    """Property 1: typed text anywhere a check covers, and OCR readings in fields of letters
    and digits: one character replaced by one of a different check value is never valid,
    and a check covering that character is named as failing."""
    format_name, fields = doc
    lines = compose(format_name, fields).splitlines()
    checked = _checked(format_name)
    kinds = _effective_kinds(format_name)
    spots = sorted(p for p in checked if not ocr or kinds[p] is Kind.ALNUM)
    line, col = data.draw(st.sampled_from(spots))
    old = lines[line][col]
    new = data.draw(
        st.sampled_from(MRZ_CHARS).filter(lambda c: char_value(c) % 10 != char_value(old) % 10)
    )

    result = parse_mrz(_put(lines, line, col, new), ocr=ocr)

    assert not result.valid
    assert set(result.failing) & checked[(line, col)]


@untimed
@given(documents(), st.data())
def test_a_lookalike_letter_in_an_all_digit_field_is_repaired_back(
    doc: tuple[str, MrzFields], data: st.DataObject
) -> None:
    """Property 2: OCR readings: a digit read as its look-alike letter, anywhere only
    digits may stand, comes back as the printed digit, reported with the reading."""
    format_name, fields = doc
    lines = compose(format_name, fields).splitlines()
    kinds = _effective_kinds(format_name)
    spots = [
        (line, col)
        for (line, col), kind in sorted(kinds.items())
        if kind is Kind.NUMERIC and lines[line][col] in LOOKALIKE_LETTERS
    ]
    if not spots:
        return
    line, col = data.draw(st.sampled_from(spots))
    letter = data.draw(st.sampled_from(LOOKALIKE_LETTERS[lines[line][col]]))

    result = parse_mrz(_put(lines, line, col, letter), ocr=True)

    assert result.valid
    assert result.fields == fields
    assert list(result.lines) == lines
    assert len(result.repairs) == 1 and letter in result.repairs[0].read
