"""`lexkiosk devices parse-mrz` as a process, for every format: typed text is judged exactly
as given, and a changed character is reported, never repaired."""

from __future__ import annotations

import json

import pytest

from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields
from tests.helpers import run_cli

pytestmark = pytest.mark.timeout(120)

# Synthetic holders only; one per layout, with the document codes the layouts expect.
DOCUMENTS = {
    "TD1": MrzFields("ID", "UTO", "BATU", "ORGIL", "D23145890", "UTO", "850612", "M",
                     "330101", "77553"),
    "TD2": MrzFields("I", "UTO", "WANG", "MEI", "X0A582DB4", "CHN", "900229", "F", "291231",
                     ""),
    "TD3": MrzFields("P", "CHN", "LI", "SI", "OA582DB49", "CHN", "700101", "F", "310101",
                     "LK0000427"),
    "MRV-A": MrzFields("V", "UTO", "ZHAO", "LAN", "VB1C06RHA", "CHN", "881111", "M",
                       "270630", "SPECIMEN"),
    "MRV-B": MrzFields("V", "UTO", "NARAN", "SARUUL", "V12345678", "MNG", "010203", "F",
                       "280101", "A1"),
    "CN-EEP-HKMO": MrzFields("CS", "", "", "", "CA1234567", "", "900101", "", "300101", ""),
    "CN-EEP-TW": MrzFields("CD", "", "", "", "L12345678", "", "880808", "", "290909", ""),
    "CN-MTP-HKMO": MrzFields("CR", "CHN", "CHAN", "TAI MAN", "H12345678", "CHN", "750505",
                             "M", "330505", ""),
    "CN-MTP-TW": MrzFields("CT", "CHN", "LIN", "MEI HUA", "12345678", "CHN", "760101", "F",
                           "300101", ""),
}  # fmt: skip


def _parse(text: str) -> dict[str, object]:
    done = run_cli("lexkiosk", "devices", "parse-mrz", stdin=text)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    shown: dict[str, object] = json.loads(done.stdout)
    return shown


@pytest.mark.parametrize("format_name", sorted(DOCUMENTS))
def test_each_format_parses_valid_with_its_fields(format_name: str) -> None:
    fields = DOCUMENTS[format_name]

    shown = _parse(compose(format_name, fields) + "\n")

    assert shown["format"] == format_name
    assert shown["valid"] is True and shown["failing"] == []
    assert shown["fields"] == {
        "document_type": fields.document_type,
        "country": fields.country,
        "surname": fields.surname,
        "given_names": fields.given_names,
        "document_number": fields.document_number,
        "nationality": fields.nationality,
        "birth_date": fields.birth_date,
        "sex": fields.sex,
        "expiry_date": fields.expiry_date,
        "optional_data": fields.optional_data,
    }


@pytest.mark.parametrize("format_name", sorted(DOCUMENTS))
def test_a_changed_number_character_is_invalid_and_not_repaired(format_name: str) -> None:
    """GIVEN one character of the document number typed as a look-alike (5 as S, 0 as O...)
    WHEN parsed THEN the zone is invalid, the number check is named and nothing repaired."""
    fields = DOCUMENTS[format_name]
    text = compose(format_name, fields)
    number = fields.document_number
    index = next(i for i, c in enumerate(number) if c in "012568")
    swapped = number[:index] + "OIZSGB"["012568".index(number[index])] + number[index + 1 :]

    shown = _parse(text.replace(number, swapped, 1))

    assert shown["valid"] is False
    assert "document_number" in shown["failing"]  # type: ignore[operator]
    assert shown["corrected"] is False and shown["repairs"] == []
    assert shown["fields"]["document_number"] == swapped  # type: ignore[index]
