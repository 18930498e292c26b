"""Screens in Mongolian are arranged as CSS `writing-mode: vertical-lr` arranges a page.

A screen built for horizontal writing stacks its blocks top to bottom and puts controls side by
side in rows. In vertical-lr the block direction runs left to right and the inline direction
top to bottom, so the same screen in Mongolian is its layout tree transposed: every box layout
turns (top-to-bottom becomes left-to-right and back), every grid swaps rows and columns,
margins and alignments turn with them, and every label and button writes its text in columns.
Done once per widget tree on a language change, undone the same way, so the Chinese and English
screens are exactly the layouts they were built as.

A widget whose `KEEP_UPRIGHT` property is true keeps its arrangement (a digit keypad is laid out
the same in every script) and so do the widgets inside it; a layout with it keeps its own
direction (someone else decides it) while the layouts inside it turn.
"""

from __future__ import annotations

from kiosk.qt import (
    QBoxLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QLocale,
    QScrollArea,
    Qt,
    QWidget,
)

KEEP_UPRIGHT = "keep_upright"
_STATE = "vertical_lr"  # property on a transposed layout / scroll area

_TURNED = {
    QBoxLayout.Direction.TopToBottom: QBoxLayout.Direction.LeftToRight,
    QBoxLayout.Direction.LeftToRight: QBoxLayout.Direction.TopToBottom,
    QBoxLayout.Direction.BottomToTop: QBoxLayout.Direction.RightToLeft,
    QBoxLayout.Direction.RightToLeft: QBoxLayout.Direction.BottomToTop,
}
_H_TO_V = {
    Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignTop,
    Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignBottom,
    Qt.AlignmentFlag.AlignHCenter: Qt.AlignmentFlag.AlignVCenter,
}
_V_TO_H = {v: h for h, v in _H_TO_V.items()}


def vertical_now() -> bool:
    """The shell's current language is written vertically (the language switcher sets the
    default locale before it sends the LanguageChange events)."""
    return QLocale().language() == QLocale.Language.Mongolian


def is_vertical_lr(layout: QLayout) -> bool:
    """`layout` is arranged for vertical writing now."""
    return bool(layout.property(_STATE))


def turned_alignment(alignment: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Horizontal alignment flags become the vertical ones and the other way round."""
    out = Qt.AlignmentFlag(0)
    for flag, other in (*_H_TO_V.items(), *_V_TO_H.items()):
        if alignment & flag:
            out |= other
    return out


def _kept(obj: QWidget | QLayout) -> bool:
    return bool(obj.property(KEEP_UPRIGHT))


def _inside_kept(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if _kept(current):
            return True
        if current is root:
            return False
        current = current.parentWidget()
    return False


def _turn_box(layout: QBoxLayout) -> None:
    layout.setDirection(_TURNED[layout.direction()])
    margins = layout.contentsMargins()
    layout.setContentsMargins(margins.top(), margins.left(), margins.bottom(), margins.right())
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and item.alignment():
            item.setAlignment(turned_alignment(item.alignment()))


def _turn_grid(layout: QGridLayout) -> None:
    placed: list[tuple[QLayoutItem, int, int, int, int]] = []
    while layout.count():
        position: tuple[int, int, int, int] = layout.getItemPosition(0)  # type: ignore[assignment]
        row, column, rows, columns = position
        item = layout.takeAt(0)
        if item is not None:
            placed.append((item, column, row, columns, rows))
    for item, row, column, rows, columns in placed:
        if item.alignment():
            item.setAlignment(turned_alignment(item.alignment()))
        layout.addItem(item, row, column, rows, columns)
    stretches = [
        (layout.rowStretch(r), layout.rowMinimumHeight(r)) for r in range(layout.rowCount())
    ]
    column_stretches = [
        (layout.columnStretch(c), layout.columnMinimumWidth(c)) for c in range(layout.columnCount())
    ]
    for r in range(layout.rowCount()):
        layout.setRowStretch(r, 0)
        layout.setRowMinimumHeight(r, 0)
    for c in range(layout.columnCount()):
        layout.setColumnStretch(c, 0)
        layout.setColumnMinimumWidth(c, 0)
    for index, (stretch, minimum) in enumerate(stretches):
        layout.setColumnStretch(index, stretch)
        layout.setColumnMinimumWidth(index, minimum)
    for index, (stretch, minimum) in enumerate(column_stretches):
        layout.setRowStretch(index, stretch)
        layout.setRowMinimumHeight(index, minimum)
    horizontal, vertical = layout.horizontalSpacing(), layout.verticalSpacing()
    layout.setHorizontalSpacing(vertical)
    layout.setVerticalSpacing(horizontal)
    margins = layout.contentsMargins()
    layout.setContentsMargins(margins.top(), margins.left(), margins.bottom(), margins.right())


def transpose_layout(layout: QLayout, vertical: bool) -> None:
    """Turn `layout` and the layouts nested in it to `vertical` (no-op where already so; a
    kept layout is not turned, the layouts inside it are)."""
    if not _kept(layout) and bool(layout.property(_STATE)) != vertical:
        if isinstance(layout, QBoxLayout):
            _turn_box(layout)
        elif isinstance(layout, QGridLayout):
            _turn_grid(layout)
        layout.setProperty(_STATE, vertical)
        layout.invalidate()
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            transpose_layout(child, vertical)


def _turn_scroll_area(area: QScrollArea, vertical: bool) -> None:
    if bool(area.property(_STATE)) == vertical:
        return
    horizontal = area.horizontalScrollBarPolicy()
    area.setHorizontalScrollBarPolicy(area.verticalScrollBarPolicy())
    area.setVerticalScrollBarPolicy(horizontal)
    area.setProperty(_STATE, vertical)


def apply_writing_mode(root: QWidget, vertical: bool) -> None:
    """Arrange `root` and everything in it for vertical (Mongolian) or horizontal writing."""
    for widget in (root, *root.findChildren(QWidget)):
        if _inside_kept(widget, root):
            continue
        layout = widget.layout()
        if layout is not None:
            transpose_layout(layout, vertical)
        if isinstance(widget, QScrollArea):
            _turn_scroll_area(widget, vertical)
        set_vertical = getattr(widget, "set_vertical", None)
        if callable(set_vertical):
            set_vertical(vertical)
    invalidate_all(root)


def invalidate_all(root: QWidget) -> None:
    """Forget every layout's cached sizes under `root`. Qt re-activates the layout of a hidden
    widget (a screen not on top of the stack) only when it is shown, yet the stack asks it for
    its minimum size meanwhile: a size cached before the change would push the window wider."""
    for widget in (root, *root.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None:
            _invalidate(layout)


def _invalidate(layout: QLayout) -> None:
    layout.invalidate()
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            _invalidate(child)
