"""Hypothesis strategies for synthetic travel documents of every layout the reader knows."""

from __future__ import annotations

from hypothesis import strategies as st

from devices.mrz.compose import LAYOUTS
from devices.mrz.parser import MrzFields

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
ALNUM = LETTERS + DIGITS

words = st.text(LETTERS, min_size=1, max_size=8)
codes = st.text(LETTERS, min_size=3, max_size=3)
dates = st.dates().map(lambda d: f"{d:%y%m%d}")
# The document codes each format is written with; permits have theirs fixed.
TYPES = {
    "TD3": ["P", "PO", "PD"], "TD2": ["I", "ID", "AC"], "TD1": ["I", "ID", "AC"],
    "MRV-A": ["V", "VA"], "MRV-B": ["V", "VB"], "CN-EEP-HKMO": ["CS"], "CN-EEP-TW": ["CD"],
    "CN-MTP-HKMO": ["CR"], "CN-MTP-TW": ["CT"],
}  # fmt: skip
_SHAPE_ALPHABET = {"A": LETTERS, "N": DIGITS, "X": ALNUM}


def _number(shape: str) -> st.SearchStrategy[str]:
    if not shape:
        return st.text(ALNUM, min_size=9, max_size=9)
    parts = [st.sampled_from(_SHAPE_ALPHABET[c]) for c in shape if c != "<"]
    return st.tuples(*parts).map("".join)


def _optional_width(name: str) -> int:
    layout = LAYOUTS[name]
    widths = [layout.spans[n].end - layout.spans[n].start for n in layout.optional]
    return widths[0] if widths else 0


@st.composite
def documents(draw: st.DrawFn, format_name: str | None = None) -> tuple[str, MrzFields]:
    """A format and fields that fit it (names short enough, optional data of the right size)."""
    name = format_name or draw(st.sampled_from(sorted(LAYOUTS)))
    layout = LAYOUTS[name]
    spans = layout.spans
    surname, given = "", ""
    if "names" in spans:
        surname = draw(words)
        given = draw(st.lists(words, max_size=3).map(" ".join))
        if len(surname) + 2 + len(given) > spans["names"].end - spans["names"].start:
            given = ""
    china = name.startswith("CN-")
    fields = MrzFields(
        document_type=draw(st.sampled_from(TYPES[name])),
        country=("CHN" if china else draw(codes)) if "country" in spans else "",
        surname=surname,
        given_names=given,
        document_number=draw(_number(layout.number_shape)),
        nationality=("CHN" if china else draw(codes)) if "nationality" in spans else "",
        birth_date=draw(dates),
        sex=draw(st.sampled_from("MFX")) if "sex" in spans else "",
        expiry_date=draw(dates),
        optional_data=draw(st.text(ALNUM, max_size=_optional_width(name))),
    )
    return name, fields
