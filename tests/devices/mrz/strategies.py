"""Hypothesis strategies for synthetic travel documents."""

from __future__ import annotations

from hypothesis import strategies as st

from devices.mrz.compose import LAYOUTS
from devices.mrz.parser import MrzFields

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"

words = st.text(LETTERS, min_size=1, max_size=8)
codes = st.text(LETTERS, min_size=3, max_size=3)
dates = st.dates().map(lambda d: f"{d:%y%m%d}")
numbers = st.text(ALNUM, min_size=9, max_size=9)


@st.composite
def documents(draw: st.DrawFn, format_name: str | None = None) -> tuple[str, MrzFields]:
    """A format and fields that fit it (names short enough, optional data of the right size)."""
    name = format_name or draw(st.sampled_from(sorted(LAYOUTS)))
    layout = LAYOUTS[name]
    names_width = layout.spans["names"].end - layout.spans["names"].start
    surname = draw(words)
    given = draw(st.lists(words, max_size=3).map(" ".join))
    if len(surname) + 2 + len(given) > names_width:
        given = ""
    optional_width = 14 if name == "TD3" else 7 if name == "TD2" else 15
    fields = MrzFields(
        document_type=draw(st.sampled_from(["P", "I", "ID", "AC", "V"])),
        country=draw(codes),
        surname=surname,
        given_names=given,
        document_number=draw(numbers),
        nationality=draw(codes),
        birth_date=draw(dates),
        sex=draw(st.sampled_from("MFX")),
        expiry_date=draw(dates),
        optional_data=draw(st.text(ALNUM, max_size=optional_width)),
    )
    return name, fields
