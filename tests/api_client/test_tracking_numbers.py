"""Tracking numbers: well formed, hard to guess from a neighbour, and a mistyped digit is
caught; receipts printed in the older form stay valid."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from api_client.tracking import is_valid_tracking_number, make_tracking_number


def test_form() -> None:
    number = make_tracking_number("HALL01", date(2026, 11, 29), 42)
    assert re.fullmatch(r"HALL01-261129-00042-\d{4}[0-9X]", number)
    assert is_valid_tracking_number(number)
    assert is_valid_tracking_number(number.lower())
    assert make_tracking_number("HALL01", date(2026, 11, 29), 42, "5831") == (
        "HALL01-261129-00042-5831X"
    )


def test_the_secret_is_random_so_a_neighbour_does_not_give_a_number_away() -> None:
    numbers = {make_tracking_number("HALL01", date(2026, 11, 29), 42) for _ in range(40)}
    assert len(numbers) > 1


def test_receipts_printed_in_the_older_form_stay_valid() -> None:
    assert is_valid_tracking_number("HALL01-261129-00042-8")
    assert not is_valid_tracking_number("HALL01-261129-00042-7")


@given(st.integers(0, 9999), st.integers(0, 3), st.integers(1, 9))
def test_any_single_digit_change_in_the_secret_is_caught(secret: int, pos: int, delta: int) -> None:
    number = make_tracking_number("KIOSK7", date(2027, 1, 2), 5, f"{secret:04d}")
    digits = list(number)
    index = len("KIOSK7-270102-00005-") + pos
    digits[index] = str((int(digits[index]) + delta) % 10)
    assert not is_valid_tracking_number("".join(digits))


@given(st.integers(1, 99_999), st.integers(0, 4), st.integers(1, 9))
def test_any_single_digit_change_in_the_sequence_is_caught(seq: int, pos: int, delta: int) -> None:
    number = make_tracking_number("KIOSK7", date(2027, 1, 2), seq)
    digits = list(number)
    index = len("KIOSK7-270102-") + pos
    digits[index] = str((int(digits[index]) + delta) % 10)
    assert not is_valid_tracking_number("".join(digits))


def test_garbage_is_not_a_tracking_number() -> None:
    for text in ("", "HALL01", "HALL01-261129-00042", "hall 01-261129-00042-1", "x" * 80):
        assert not is_valid_tracking_number(text)
