"""Which control an arrow moves to, from geometry alone (kiosk.navigation.spatial)."""

from __future__ import annotations

from kiosk.navigation.spatial import Box, Direction, next_focus, reading_order

# A home screen in miniature: two rows of three tiles, a wide button under them on the left,
# the language buttons lower on the right.
TILES = [
    (f"t{r}{c}", Box(100 + 300 * c, 100 + 200 * r, 280, 180)) for r in (0, 1) for c in (0, 1, 2)
]
WIDE = ("wide", Box(100, 520, 880, 100))
LEFT_BUTTON = ("back", Box(100, 640, 150, 80))
LANG = [("zh", Box(800, 760, 80, 60)), ("mn", Box(890, 760, 80, 60))]
BOXES = [*TILES, WIDE, LEFT_BUTTON, *LANG]


def test_arrows_follow_rows_and_columns() -> None:
    assert next_focus("t00", BOXES, Direction.RIGHT) == "t01"
    assert next_focus("t01", BOXES, Direction.DOWN) == "t11"
    assert next_focus("t11", BOXES, Direction.UP) == "t01"
    assert next_focus("t12", BOXES, Direction.LEFT) == "t11"
    assert next_focus("zh", BOXES, Direction.RIGHT) == "mn"


def test_a_control_in_the_same_column_wins_over_a_nearer_one_beside_it() -> None:
    """Down from the wide button goes to the small button under its left end (the same
    column), not to the language buttons, which lie further along the arrow."""
    assert next_focus("wide", BOXES, Direction.DOWN) == "back"


def test_nothing_that_way_goes_on_in_reading_order_and_stops_at_the_ends() -> None:
    order = reading_order(BOXES)
    assert order == ["t00", "t01", "t02", "t10", "t11", "t12", "wide", "back", "zh", "mn"]
    assert next_focus("mn", BOXES, Direction.RIGHT) is None
    assert next_focus("t00", BOXES, Direction.LEFT) is None
    assert next_focus(None, BOXES, Direction.DOWN) == "t00"


def test_in_columns_reading_order_runs_down_each_column_left_to_right() -> None:
    """Mongolian is written in columns: the first control is the top of the left column."""
    column = [("a", Box(0, 300, 100, 100)), ("b", Box(0, 0, 100, 100)), ("c", Box(200, 0, 90, 90))]
    assert reading_order(column, vertical=True) == ["b", "a", "c"]
    assert reading_order(column) == ["b", "c", "a"]
