"""One table for the one rule: identity and phone checks, masks, and log scrubbing, run
against every place that applies it (the central service's JSON logs, the kiosk's recent log
lines, the kiosk's identity, the staff views' masks)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from api_client import personal_data as pd
from central.logs import mask_text
from central.requests.numbers import mask_id
from devices.idnumber import check_id_number as device_check
from devices.idnumber import make_id_number
from kiosk.flows.identity import Identity, IdMethod
from kiosk.recent_logs import mask as recent_mask

RESIDENT = make_id_number("150102", date(1990, 3, 28), 123)  # ends 1234
PERMIT = make_id_number("810000", date(1985, 6, 1), 17)  # Hong Kong resident's permit
FOREIGN_NEW = "9" + make_id_number("110101", date(1980, 1, 1), 5)[1:17]
FOREIGN_NEW += pd.check_character(FOREIGN_NEW)

# (number, identified_by, problem or None)
DOCUMENTS = [
    (RESIDENT, "id_card", None),
    (RESIDENT, "typed_number", None),
    (RESIDENT, None, None),
    (PERMIT, "id_card", None),
    (FOREIGN_NEW, "id_card", None),
    ("CAN110000000002", "id_card", None),
    ("E12345678", "passport_mrz", None),
    ("E12345678", "passport_mrz_face", None),
    (RESIDENT[:17] + ("0" if RESIDENT[17] != "0" else "1"), "id_card", "check character"),
    (RESIDENT[:17], "typed_number", "expected 18 characters"),
    ("99" + RESIDENT[2:], "id_card", "check character"),
    ("16" + RESIDENT[2:], "id_card", "province"),
    ("E12345678", "id_card", "expected 18 characters"),
    ("e1234-678", "passport_mrz", "travel document"),
    ("", "id_card", "expected 18 characters"),
]


@pytest.mark.parametrize(("number", "method", "problem"), DOCUMENTS)
def test_document_numbers(number: str, method: str | None, problem: str | None) -> None:
    found = pd.document_number_problem(number, method)
    assert (found is None) if problem is None else (problem in str(found))


@pytest.mark.parametrize("number", [RESIDENT, PERMIT, RESIDENT[:17], "16" + RESIDENT[2:]])
def test_the_device_layers_own_check_agrees(number: str) -> None:
    """devices may not import api_client, so the card reader keeps its own copy of GB 11643:
    the same verdict on the same numbers keeps the two from drifting apart."""
    mine, device = pd.check_id_number(number), device_check(number)
    assert (mine.valid, mine.reason, mine.birth_date, mine.sex) == (
        device.valid,
        device.reason,
        device.birth_date,
        device.sex,
    )


PHONES = [
    ("13800138000", True),
    ("138 0013 8000", True),
    ("0471-6612345", True),
    ("010 12345678", True),
    ("12345", False),
    ("abc", False),
    ("1380013800", False),
    ("23800138000", False),
    ("", False),
]


@pytest.mark.parametrize(("phone", "ok"), PHONES)
def test_phones(phone: str, ok: bool) -> None:
    assert pd.phone_valid(phone) is ok


MASKS: list[tuple[Callable[[str], str], str, str]] = [
    (pd.mask_id_number, RESIDENT, "150102************"),
    (pd.mask_id_number, "E12345678", "*********"),
    (pd.mask_id_number, "CAN110000000002", "CAN110*********"),
    (mask_id, RESIDENT, "150102************"),
    (lambda n: Identity(IdMethod.ID_CARD, n).masked, RESIDENT, "150102************"),
    (pd.mask_phone, "13800138000", "138********"),
    (pd.mask_phone, "0471-6612345", "047********"),
    (pd.mask_phone, "12345", "*****"),
    (pd.mask_name, "张三丰", "张**"),
    (pd.mask_name, " ", ""),
]


@pytest.mark.parametrize(("mask", "value", "shown"), MASKS)
def test_masks_never_show_the_second_factor(
    mask: Callable[[str], str], value: str, shown: str
) -> None:
    assert mask(value) == shown
    digits = pd.normalise_phone(value)
    if len(digits) >= 8:
        assert digits[-4:] not in mask(value)  # the progress query's last four


MRZ = "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
TOKEN = "lkd_abcdefghijklmnopqrstuvwxyz0123"
# (log text, what must be gone, what must remain)
SCRUBS = [
    (f"resident {RESIDENT} called", RESIDENT, "150102************"),
    ("resident 11010519491231002x called", "11010519491231002x", "110105************"),
    ("call back 13912345678 today", "13912345678", "139********"),
    ("landline 0471-6612345.", "6612345", "047********"),
    (f"mrz {MRZ}", "ZHANG", "[mrz]"),
    (f"token {TOKEN}", "abcdefghijklmnop", "token ***"),
    ("permit CAN110000000002 read", "0000000002", "CAN110"),
    ("REC001-261206-00003-58141 sent 2026-12-06 at 09:47", "", "REC001-261206-00003-58141"),
    ("upload 3f2a9c1e-7d4b-4e8f-9a0b-1c2d3e4f5a6b done", "", "3f2a9c1e-7d4b-4e8f"),
]
SCRUBBERS = {"personal_data": pd.scrub, "central_logs": mask_text, "recent_logs": recent_mask}


@pytest.mark.parametrize("side", sorted(SCRUBBERS))
@pytest.mark.parametrize(("text", "gone", "kept"), SCRUBS)
def test_log_text_is_scrubbed_alike_on_both_sides(
    side: str, text: str, gone: str, kept: str
) -> None:
    out = SCRUBBERS[side](text)
    assert kept in out, out
    if gone:
        assert gone not in out, out
