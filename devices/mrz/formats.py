"""Every layout the reader knows, and which of them a zone of a given shape may be."""

from __future__ import annotations

from devices.mrz.layouts import MRV_A, MRV_B, TD1, TD2, TD3, Layout
from devices.mrz.permits import PERMITS

# Layouts with document codes of their own come before the generic ones of the same shape.
ALL: tuple[Layout, ...] = (*PERMITS, MRV_A, MRV_B, TD1, TD2, TD3)
BY_NAME = {layout.name: layout for layout in ALL}
SHAPES = sorted({(layout.lines, layout.width) for layout in ALL})


def candidates(lines: int, width: int) -> list[Layout]:
    """The layouts of this shape, most specific first."""
    return [layout for layout in ALL if (layout.lines, layout.width) == (lines, width)]


def layout_of(lines: list[str]) -> Layout | None:
    """The layout these lines are written in (by shape and document code), or None."""
    if not lines or len({len(line) for line in lines}) != 1:
        return None
    return next((lay for lay in candidates(len(lines), len(lines[0])) if lay.is_for(lines)), None)
