"""Turning recogniser output into MRZ-shaped text."""

from __future__ import annotations

from devices.scanner.mrz_locate import fit_width, normalise


def test_normalise_folds_lookalikes_the_recogniser_returns() -> None:
    assert normalise("PくＵT0LIくくJUN") == "P<UT0LI<<JUN"
    assert normalise("8UI4ΡΡZWS1 chn«") == "8UI4PPZWS1CHN<"


def test_fit_width_adjusts_the_longest_filler_run_only() -> None:
    assert fit_width("AB<<<<CD<", 10) == "AB<<<<<CD<"
    assert fit_width("AB<<<<<<CD", 8) == "AB<<<<CD"
    assert fit_width("ABCDEFGH", 10) is None  # no filler to adjust
    assert fit_width("AB<CD", 12) is None  # too far off
