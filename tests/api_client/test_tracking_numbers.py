"""Tracking numbers: well formed, and a mistyped digit is caught."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from api_client.tracking import is_valid_tracking_number, make_tracking_number


def test_form() -> None:
    number = make_tracking_number("HALL01", date(2026, 11, 29), 42)
    assert number.startswith("HALL01-261129-00042-")
    assert is_valid_tracking_number(number)
    assert is_valid_tracking_number(number.lower())


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
