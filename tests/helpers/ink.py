"""Measuring what was drawn: the rows of a grabbed widget that carry ink (text), so tests read
type size and line spacing off the pixels rather than off the style sheet."""

from __future__ import annotations

from kiosk.qt import QImage, QPoint, QRect, QWidget


def grab_of(widget: QWidget) -> QImage:
    """The widget as drawn inside its window (its background included)."""
    window = widget.window()
    origin = widget.mapTo(window, QPoint(0, 0))
    return window.grab(QRect(origin, widget.size())).toImage()


def ink_rows(image: QImage, merge_gap: int = 0, tolerance: int = 60) -> list[tuple[int, int]]:
    """Runs of rows (first, last) holding a pixel far from the image's corner colour; runs
    closer than `merge_gap` rows are one (a character such as 息 has a gap inside it)."""
    ground = image.pixelColor(0, 0)
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for y in range(image.height()):
        inked = False
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - ground.red())
                + abs(c.green() - ground.green())
                + abs(c.blue() - ground.blue())
                > tolerance
            ):
                inked = True
                break
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            runs.append((start, y - 1))
            start = None
    if start is not None:
        runs.append((start, image.height() - 1))
    merged: list[tuple[int, int]] = []
    for first, last in runs:
        if merged and first - merged[-1][1] - 1 < merge_gap:
            merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged
