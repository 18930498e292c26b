"""GB 11643 numbers. Every number here is synthetic: built with its check character."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idnumber import PROVINCES, check_character, check_id_number, make_id_number

# Speed belongs in benchmarks: a busy machine must not fail a property for being slow.
untimed = settings(deadline=None)

TODAY = date(2026, 6, 1)

births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
regions = st.sampled_from(sorted(PROVINCES)).flatmap(
    lambda p: st.from_regex(r"\A[0-9]{4}\Z").map(lambda rest: p + rest)
)
sequences = st.integers(min_value=0, max_value=999)


def _with_check_x() -> str:
    for sequence in range(1000):
        number = make_id_number("320102", date(1985, 7, 9), sequence)
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives X")


def test_a_well_formed_number_is_valid_and_decoded() -> None:
    number = make_id_number("440305", date(1992, 3, 14), 27)

    verdict = check_id_number(number, TODAY)

    assert verdict.valid
    assert verdict.reason is None
    assert verdict.birth_date == date(1992, 3, 14)
    assert verdict.sex == "male"
    assert verdict.region_code == "440305"


def test_an_even_sequence_digit_is_female() -> None:
    assert check_id_number(make_id_number("440305", date(1992, 3, 14), 28), TODAY).sex == "female"


def test_the_check_character_can_be_x_in_either_case() -> None:
    number = _with_check_x()

    assert check_id_number(number, TODAY).valid
    assert check_id_number(number[:17] + "x", TODAY).valid


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("1234", "expected 18 characters, got 4"),
        ("11010119900101123A", "last character"),
        ("11010119900101A23X", "first 17"),
        ("１１０１０１１９９００１０１１２３", "expected 18"),
    ],
)
def test_malformed_numbers_say_what_is_wrong(number: str, reason: str) -> None:
    verdict = check_id_number(number, TODAY)

    assert not verdict.valid
    assert reason in (verdict.reason or "")
    assert verdict.birth_date is None and verdict.sex is None and verdict.region_code is None


def test_an_unknown_province_is_refused() -> None:
    first17 = "99010119900101123"
    verdict = check_id_number(first17 + check_character(first17), TODAY)

    assert verdict.reason == "the region code names no province"


@pytest.mark.parametrize("birth", ["19900230", "19901301", "19900000"])
def test_birth_must_be_a_calendar_date(birth: str) -> None:
    first17 = "110101" + birth + "123"

    verdict = check_id_number(first17 + check_character(first17), TODAY)

    assert verdict.reason == "the date of birth is not a calendar date"


def test_birth_cannot_be_in_the_future() -> None:
    number = make_id_number("110101", date(2026, 6, 2), 1)

    assert check_id_number(number, TODAY).reason == "the date of birth is in the future"


def test_a_mistyped_check_character_is_caught() -> None:
    number = make_id_number("110101", date(1990, 1, 1), 123)
    wrong = "0" if number[-1] != "0" else "1"

    assert "check character" in (check_id_number(number[:17] + wrong, TODAY).reason or "")


def test_the_verdict_repr_shows_no_personal_data() -> None:
    number = make_id_number("110101", date(1990, 1, 1), 123)

    assert "1990" not in repr(check_id_number(number, TODAY))


@untimed
@given(regions, births, sequences)
def test_every_built_number_is_valid(region: str, born: date, sequence: int) -> None:
    verdict = check_id_number(make_id_number(region, born, sequence), TODAY)

    assert verdict.valid
    assert verdict.birth_date == born


@untimed
@given(regions, births, sequences, st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_is_caught(
    region: str, born: date, sequence: int, position: int, delta: int
) -> None:
    number = make_id_number(region, born, sequence)
    digit = str((int(number[position]) + delta) % 10)

    assert not check_id_number(number[:position] + digit + number[position + 1 :], TODAY).valid


def test_make_refuses_bad_parts() -> None:
    with pytest.raises(ValueError):
        make_id_number("11010", date(1990, 1, 1), 1)
