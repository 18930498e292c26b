"""Turning recogniser output into MRZ-shaped text."""

from __future__ import annotations

from devices.scanner.mrz_locate import by_field_kind, fit_width, normalise


def test_normalise_folds_lookalikes_the_recogniser_returns() -> None:
    assert normalise("PくＵT0LIくくJUN") == "P<UT0LI<<JUN"
    assert normalise("8UI4ΡΡZWS1 chn«") == "8UI4PPZWS1CHN<"


def test_fit_width_adjusts_the_longest_filler_run_only() -> None:
    assert fit_width("AB<<<<CD<", 10) == "AB<<<<<CD<"
    assert fit_width("AB<<<<<<CD", 8) == "AB<<<<CD"
    assert fit_width("ABCDEFGH", 10) is None  # no filler to adjust
    assert fit_width("AB<CD", 12) is None  # too far off


def test_by_field_kind_fixes_letters_and_digits_where_only_one_kind_fits() -> None:
    lines = [
        "P<UT0ERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UT074O8122F12O4159ZE184226B<<<<<10",
    ]
    fixed = by_field_kind(lines)
    assert fixed[0] == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    # the document number may hold letters and digits: it is left to the check digits
    assert fixed[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
