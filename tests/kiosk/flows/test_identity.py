"""Identity without a widget: typed numbers judged key by key, cards and passports."""

from __future__ import annotations

from datetime import date

from devices.idnumber import make_id_number
from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields
from kiosk.flows.identity import IdMethod, from_mrz, from_typed, judge_typing

TODAY = date(2026, 11, 29)
GOOD = make_id_number("110105", date(1960, 3, 7), 123)


def test_a_valid_number_typed_key_by_key_is_never_flagged_until_complete() -> None:
    for n in range(1, 18):
        verdict = judge_typing(GOOD[:n], TODAY)
        assert verdict.key == "more" and verdict.remaining == 18 - n
    assert judge_typing(GOOD, TODAY).complete


def test_mistakes_show_at_the_key_that_made_them() -> None:
    assert judge_typing("99", TODAY).key == "province"
    assert judge_typing("11a", TODAY).key == "digits"
    assert judge_typing("11010519601399", TODAY).key == "date"
    wrong_check = GOOD[:17] + ("0" if GOOD[17] != "0" else "1")
    assert judge_typing(wrong_check, TODAY).key == "check"
    assert judge_typing(GOOD + "1", TODAY).key == "digits"


def test_typed_identity_records_how_it_was_established_and_masks_the_number() -> None:
    identity = from_typed(GOOD.lower(), TODAY)
    assert identity is not None
    assert identity.method is IdMethod.TYPED_NUMBER
    assert identity.masked == GOOD[:6] + "*" * 12  # never the last four: a second factor
    assert GOOD not in repr(identity)
    assert from_typed(GOOD[:17], TODAY) is None


def test_passport_mrz_gives_an_identity_only_when_its_checks_hold() -> None:
    fields = MrzFields("P", "CHN", "ZHANG", "SAN", "E12345678", "CHN", "800101", "M", "300101", "")
    text = compose("TD3", fields)
    identity = from_mrz(text)
    assert identity is not None
    assert identity.method is IdMethod.PASSPORT_MRZ
    assert identity.name == "ZHANG SAN"
    broken = text.replace("E12345678", "E12345679")
    assert from_mrz(broken) is None
    assert from_mrz("not an mrz") is None
