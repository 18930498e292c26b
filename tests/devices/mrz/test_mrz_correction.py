"""OCR repairs: made where a failing check digit points, never on lines whose checks pass."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.mrz.compose import LAYOUTS, compose
from devices.mrz.parser import MrzFields, parse_mrz
from tests.devices.mrz.strategies import documents

# Speed belongs in benchmarks: a busy machine must not fail a property for being slow.
untimed = settings(deadline=None)

SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
LOOKALIKE = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z"}


def _line2(text: str) -> str:
    return SPECIMEN.splitlines()[0] + "\n" + text


def test_letters_read_in_dates_are_put_back_to_digits() -> None:
    result = parse_mrz(_line2("L898902C36UTO74O8122F12O4I59ZE184226B<<<<<10"))

    assert result.valid and result.corrected
    assert result.fields == parse_mrz(SPECIMEN).fields


def test_a_confused_character_in_the_document_number_is_repaired() -> None:
    result = parse_mrz(_line2("L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"))

    assert result.corrected and result.valid
    assert result.fields.document_number == "L898902C3"


def test_a_letter_read_as_a_check_digit_is_put_back() -> None:
    result = parse_mrz(_line2("L898902C36UTO7408122F1204159ZE184226B<<<<<IO"))

    assert result.corrected and result.valid


def test_a_k_in_the_filler_of_a_failing_line_becomes_filler() -> None:
    result = parse_mrz(_line2("L898902C36UTO74O8122F1204159ZE184226B<K<<<10"))

    assert result.valid and result.corrected
    assert result.fields.optional_data == "ZE184226B"


def test_a_line_whose_checks_pass_is_left_as_read() -> None:
    """K and < weigh the same in a check digit, so this line's checks pass: it stays."""
    text = _line2("L898902C36UTO7408122F1204159ZE184226B<K<<<10")

    result = parse_mrz(text)

    assert result.valid
    assert not result.corrected
    assert result.fields.optional_data == "ZE184226B<K"


def test_ks_in_the_names_filler_are_filler() -> None:
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<K<<<<KK<<<<<<<<<\n" + SPECIMEN.splitlines()[1]

    result = parse_mrz(text)

    assert result.corrected
    assert result.fields.given_names == "ANNA MARIA"


def test_a_one_letter_given_name_k_is_kept() -> None:
    text = "P<UTOERIKSSON<<K<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + SPECIMEN.splitlines()[1]

    result = parse_mrz(text)

    assert not result.corrected
    assert result.fields.given_names == "K"


def _ambiguous_number_line2() -> str:
    """Document number 380SB0Z87 with its 8 read as B: turning B back into 8, or the second
    B into 8, both satisfy the number's check digit."""
    fields = replace(parse_mrz(SPECIMEN).fields, document_number="380SB0Z87")
    line2 = compose("TD3", fields).splitlines()[1]
    return line2[:1] + "B" + line2[2:]


def test_an_ambiguous_field_is_left_as_read() -> None:
    result = parse_mrz(_line2(_ambiguous_number_line2()))

    assert not result.valid and not result.corrected
    assert result.fields.document_number == "3B0SB0Z87"


def test_repairs_are_all_or_nothing() -> None:
    """GIVEN a date that can be repaired and a number that cannot WHEN parsed THEN neither is."""
    line2 = _ambiguous_number_line2()
    line2 = line2[:13] + line2[13:19].replace("0", "O") + line2[19:]
    assert "O" in line2[13:19]

    result = parse_mrz(_line2(line2))

    assert not result.corrected and not result.valid
    assert "O" in result.fields.birth_date


def test_without_correction_the_text_is_judged_as_read() -> None:
    result = parse_mrz(_line2("L898902C36UTO74O8122F1204159ZE184226B<<<<<10"), fix_ocr=False)

    assert not result.valid and not result.corrected
    assert result.checks["birth_date"] is False
    assert result.fields.birth_date == "74O812"


def _digit_positions(format_name: str, field: str) -> list[tuple[int, int]]:
    return LAYOUTS[format_name].spans[field].positions()


@untimed
@given(documents(), st.sampled_from(["birth_date", "expiry_date"]), st.data())
def test_a_digit_read_as_its_lookalike_in_a_date_is_repaired(
    doc: tuple[str, MrzFields], field: str, data: st.DataObject
) -> None:
    format_name, fields = doc
    lines = compose(format_name, fields).splitlines()
    candidates = [
        (r, c) for r, c in _digit_positions(format_name, field) if lines[r][c] in LOOKALIKE
    ]
    if not candidates:
        return
    line, col = data.draw(st.sampled_from(candidates))
    lines[line] = lines[line][:col] + LOOKALIKE[lines[line][col]] + lines[line][col + 1 :]

    result = parse_mrz("\n".join(lines))

    assert result.corrected and result.valid
    assert result.fields == fields


@untimed
@given(documents(), st.data())
def test_a_lookalike_in_the_document_number_is_repaired_or_left_invalid(
    doc: tuple[str, MrzFields], data: st.DataObject
) -> None:
    format_name, fields = doc
    swaps = {**LOOKALIKE, **{v: k for k, v in LOOKALIKE.items()}}
    lines = compose(format_name, fields).splitlines()
    spots = [
        (r, c) for r, c in _digit_positions(format_name, "document_number") if lines[r][c] in swaps
    ]
    if not spots:
        return
    line, col = data.draw(st.sampled_from(spots))
    lines[line] = lines[line][:col] + swaps[lines[line][col]] + lines[line][col + 1 :]

    result = parse_mrz("\n".join(lines))

    if result.valid:  # repaired: then to exactly what was printed
        assert result.corrected
        assert result.fields == fields
