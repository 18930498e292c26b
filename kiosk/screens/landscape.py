"""Fitting a screen to a landscape terminal's height (the robot's 1280x800 tablet): the same
widgets, with the tighter gaps the TV uses, since the targets and type keep their age-friendly
sizes (kiosk.theme.sizes) and only the room between them can give."""

from __future__ import annotations

from kiosk.qt import QBoxLayout, QLayout, QVBoxLayout, QWidget
from kiosk.screens.scrolling import scrolling

# The gaps of a screen's main column on a landscape terminal, in pixels.
TOP, BOTTOM, SPACING = 12, 8, 8


def tighten(screen: QWidget) -> bool:
    """Tighter top and bottom margins and spacing for `screen`'s main column and the columns
    directly in it; False when it has no box layout."""
    layout = screen.layout()
    if not isinstance(layout, QBoxLayout):
        return False
    _tighten(layout)
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner: QLayout | None = item.layout() if item is not None else None
        if isinstance(inner, QBoxLayout) and inner.direction() in (
            QBoxLayout.Direction.TopToBottom,
            QBoxLayout.Direction.BottomToTop,
        ):
            _tighten(inner)
    return True


def _tighten(layout: QBoxLayout) -> None:
    margins = layout.contentsMargins()
    layout.setContentsMargins(
        margins.left(), min(margins.top(), TOP), margins.right(), min(margins.bottom(), BOTTOM)
    )
    if layout.spacing() > SPACING:
        layout.setSpacing(SPACING)


def scroll_body(screen: QWidget) -> bool:
    """`screen`'s column above its footer moves into a scroll area, so a screen taller than
    the tablet keeps its footer (Back, Done) in view and scrolls the rest; False when the
    column does not end with a footer row."""
    layout = screen.layout()
    count = layout.count() if isinstance(layout, QBoxLayout) else 0
    footer = layout.itemAt(count - 1) if isinstance(layout, QBoxLayout) and count > 1 else None
    if not isinstance(layout, QBoxLayout) or footer is None or footer.layout() is None:
        return False
    column = QVBoxLayout()
    margins = layout.contentsMargins()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(layout.spacing())
    items = [(layout.takeAt(0), layout.stretch(0)) for _ in range(count - 1)]
    for item, stretch in items:
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            column.addWidget(widget, stretch)
        elif inner is not None:
            column.addLayout(inner, stretch)
        else:
            column.addItem(item)
    area = scrolling(column)
    area.setMinimumHeight(0)
    layout.insertWidget(0, area, 1)
    layout.setContentsMargins(margins)
    return True
