"""Which control an arrow key moves to: plain geometry, no Qt, so the rule is tested alone.

The rule TV platforms use: among the controls lying in the arrow's direction, those that share a
row (left/right) or a column (up/down) with the focused one come first, the nearest along the
arrow winning; failing those, the nearest measured edge to edge along the arrow plus twice the
sideways offset of the centres. When nothing lies
that way, Right and Down go on to the next control in reading order and Left and Up to the
previous one, so every control of a screen can be reached whatever its layout."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from enum import Enum
from typing import NamedTuple, TypeVar

K = TypeVar("K", bound=Hashable)


class Box(NamedTuple):
    """A control's rectangle in window coordinates."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


class Direction(Enum):
    LEFT = "left"
    RIGHT = "right"
    UP = "up"
    DOWN = "down"

    @property
    def forward(self) -> bool:
        """Right and Down continue in reading order; Left and Up go back in it."""
        return self in (Direction.RIGHT, Direction.DOWN)


def _ahead(here: Box, there: Box, direction: Direction) -> bool:
    """`there` lies in `direction` from `here` (its centre past here's centre, not overlapping
    backwards past here's far edge)."""
    hx, hy = here.centre
    tx, ty = there.centre
    if direction is Direction.RIGHT:
        return tx > hx and there.right > here.right
    if direction is Direction.LEFT:
        return tx < hx and there.x < here.x
    if direction is Direction.DOWN:
        return ty > hy and there.bottom > here.bottom
    return ty < hy and there.y < here.y


def _in_beam(here: Box, there: Box, direction: Direction) -> bool:
    """They overlap across the arrow: the same row for left/right, the same column for up/down."""
    if direction in (Direction.LEFT, Direction.RIGHT):
        return there.y < here.bottom and there.bottom > here.y
    return there.x < here.right and there.right > here.x


def _gaps(here: Box, there: Box, direction: Direction) -> tuple[float, float]:
    """Edge-to-edge distance along the arrow, and the offset of the centres across it."""
    hx, hy = here.centre
    tx, ty = there.centre
    if direction is Direction.RIGHT:
        major, minor = max(0.0, there.x - here.right), abs(ty - hy)
    elif direction is Direction.LEFT:
        major, minor = max(0.0, here.x - there.right), abs(ty - hy)
    elif direction is Direction.DOWN:
        major, minor = max(0.0, there.y - here.bottom), abs(tx - hx)
    else:
        major, minor = max(0.0, here.y - there.bottom), abs(tx - hx)
    return major, minor


def _weighted(gaps: tuple[float, float]) -> float:
    major, minor = gaps
    return major + 2 * minor


def reading_order(boxes: Sequence[tuple[K, Box]], vertical: bool = False) -> list[K]:
    """Top to bottom, and left to right within a row (boxes whose centres lie within the
    other's height are one row); `vertical` (Mongolian, written in columns): left to right,
    and top to bottom within a column."""
    if vertical:
        turned = [(k, Box(b.y, b.x, b.height, b.width)) for k, b in boxes]
        return reading_order(turned)
    rows: list[list[tuple[K, Box]]] = []
    for key, box in sorted(boxes, key=lambda item: (item[1].centre[1], item[1].centre[0])):
        row = rows[-1] if rows else None
        if row is not None and abs(row[0][1].centre[1] - box.centre[1]) < row[0][1].height / 2:
            row.append((key, box))
        else:
            rows.append([(key, box)])
    return [key for row in rows for key, _box in sorted(row, key=lambda item: item[1].x)]


def next_focus(
    current: K | None, boxes: Sequence[tuple[K, Box]], direction: Direction, vertical: bool = False
) -> K | None:
    """The control the arrow moves to; the first in reading order when nothing has focus;
    None when there is nowhere to go (the focus stays)."""
    if not boxes:
        return None
    order = reading_order(boxes, vertical)
    if current is None or current not in order:
        return order[0]
    here = dict(boxes)[current]
    ahead = [(k, b) for k, b in boxes if k != current and _ahead(here, b, direction)]
    if ahead:
        beam = [(k, b) for k, b in ahead if _in_beam(here, b, direction)]
        if beam:  # the same row (or column): the nearest along the arrow, then the most aligned
            return min(beam, key=lambda item: _gaps(here, item[1], direction))[0]
        return min(ahead, key=lambda item: _weighted(_gaps(here, item[1], direction)))[0]
    step = 1 if direction.forward else -1
    index = order.index(current) + step
    return order[index] if 0 <= index < len(order) else None
