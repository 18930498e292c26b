"""Where the characters of an MRZ line stand: upright, and on a grid that a mark beside the
zone does not stretch."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.mrz.parser import MrzFields
from devices.scanner.document_reader import DocumentReader
from devices.scanner.mrz_grid import Mark, grid
from devices.scanner.specimen import render_document

FIELDS = MrzFields(
    document_type="P", country="UTO", surname="ERIKSSON", given_names="ANNA MARIA",
    document_number="L0O8B0Z4D", nationality="UTO", birth_date="740812", sex="F",
    expiry_date="330415", optional_data="ZE184226B",
)  # fmt: skip


def _marks(centres: list[float], height: int = 30) -> list[Mark]:
    return [(round(x - 8), 9, round(x + 8), 9 + height) for x in centres]


def test_a_page_edge_beside_the_zone_falls_outside_the_grid() -> None:
    """GIVEN the marks of a 30-character line and one more 2.7 pitches to its right (the
    page's edge) WHEN the grid is fitted THEN its cells are the characters' own centres."""
    centres = [100 + 29 * i for i in range(30)]
    found = grid(_marks([*centres, centres[-1] + 2.7 * 29]), 30)
    assert found is not None
    assert np.allclose(found, centres, atol=1.5)


def test_the_pitch_may_change_along_the_line() -> None:
    """GIVEN a line seen at an angle: its pitch grows from 24 to 34 pixels, and two of its
    characters left no mark WHEN the grid is fitted THEN every centre is within a tenth of a
    pitch."""
    pitches = np.linspace(24, 34, 43)
    centres = np.concatenate([[80.0], 80 + np.cumsum(pitches)]).tolist()
    marked = [x for index, x in enumerate(centres) if index not in (7, 30)]
    found = grid(_marks(marked), 44)
    assert found is not None
    assert np.max(np.abs(np.array(found) - centres)) < 2.4


def test_too_few_marks_fix_no_grid() -> None:
    assert grid(_marks([100 + 29 * i for i in range(20)]), 30) is None


@pytest.mark.parametrize("slant", [-0.25, 0.25])
def test_a_slanted_zone_reads_back(reader: DocumentReader, slant: float) -> None:
    """GIVEN a passport page whose characters lean (a page photographed at an angle: the
    lines level, the verticals not) WHEN it is read THEN its checked fields come back exactly,
    look-alikes in the document number and optional data included."""
    page = render_document("TD3", FIELDS)
    height, width = page.shape[:2]
    shear = np.array([[1, slant, 0 if slant > 0 else -slant * height], [0, 1, 0]], np.float32)
    leaning = cv2.warpAffine(page, shear, (width + round(abs(slant) * height), height),
                             borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    read = reader.read(leaning)
    assert read.mrz is not None and read.mrz.valid
    checked = ("document_number", "birth_date", "expiry_date", "optional_data")
    assert {n: getattr(read.mrz.fields, n) for n in checked} == {
        n: getattr(FIELDS, n) for n in checked
    }
