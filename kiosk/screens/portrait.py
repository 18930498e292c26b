"""Using a portrait kiosk's height: a screen's content stands centred in the room above its
footer, so the main controls come down towards the lower half, where hands reach, instead of
hanging under the top edge with the middle of the screen empty (issue #19).

A screen whose main column ends with stretch before its footer gets as much stretch above its
content; screens that fill their height (the home grid) have no such stretch and are left
alone."""

from __future__ import annotations

from kiosk.qt import QBoxLayout, Qt, QWidget


def centre_content(screen: QWidget) -> bool:
    """Add stretch above the content of `screen`'s column; False when it has nothing to centre."""
    layout = screen.layout()
    if not isinstance(layout, QBoxLayout) or layout.count() == 0:
        return False
    stretch = 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        spacer = item.spacerItem() if item is not None else None
        if spacer is None:
            continue
        if index == 0:
            return False  # already placed from the top edge down by its author
        if spacer.expandingDirections() & Qt.Orientation.Vertical:  # stretch, not spacing
            stretch += max(1, layout.stretch(index))
    if stretch == 0:
        return False
    layout.insertStretch(0, stretch)
    return True
