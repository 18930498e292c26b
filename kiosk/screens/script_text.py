"""Labels and buttons that write their text in vertical columns when the screen is in Mongolian.

Horizontally (Chinese, English) they are the plain QLabel, SpacedLabel and QPushButton: every
override hands straight to Qt, so those layouts stay as they were to the pixel. Vertically they
measure and paint `kiosk.screens.vertical.ColumnText`: the length of a column is the height the
layout gives the widget, and the widget asks for the width its columns need; a resize that
changes the number of columns asks the layout again (`updateGeometry`), which settles at once
because the height a layout gives does not depend on the width asked for.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kiosk.qt import (
    QLabel,
    QPainter,
    QPaintEvent,
    QPushButton,
    QRect,
    QResizeEvent,
    QSize,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    Qt,
    QWidget,
)
from kiosk.screens.spaced_label import LINE_SPACING, SpacedLabel
from kiosk.screens.vertical import ColumnText

# Before the layout has given the widget a height, a column is at most this share of the
# window's height (the rest is other text, controls and margins).
LABEL_BUDGET = 0.62
BUTTON_BUDGET = 0.3
FALLBACK_HEIGHT = 1920
VERTICAL_BUTTON_STYLE = "min-width: 0px;"


def column_budget(widget: QWidget, share: float) -> float:
    window = widget.window()
    height = window.height() if window is not None and window.height() > 200 else FALLBACK_HEIGHT
    return max(120.0, height * share)


def swap_policy(widget: QWidget) -> None:
    """Width becomes height: the size policy is transposed."""
    policy = widget.sizePolicy()
    swapped = QSizePolicy(policy.verticalPolicy(), policy.horizontalPolicy(), policy.controlType())
    swapped.setHorizontalStretch(policy.verticalStretch())
    swapped.setVerticalStretch(policy.horizontalStretch())
    swapped.setHeightForWidth(False)
    widget.setSizePolicy(swapped)


def turn_minimum(widget: QWidget, state: VerticalState) -> None:
    """A minimum length set in code (a wide "go" button) becomes a minimum height; the width
    is left to what the columns need (a minimum width would let a layout squeeze them)."""
    if state.on:
        state.minimum = widget.minimumSize()
        widget.setMinimumSize(0, state.minimum.width())
    else:
        widget.setMinimumSize(state.minimum)


class VerticalState:
    """What a vertical-capable widget remembers: whether it is vertical, its spacing, and the
    width it last asked the layout for."""

    def __init__(self, pitch_of_px: float = 0.0) -> None:
        self.on = False
        self.pitch_factor = pitch_of_px
        self.asked_width = -1
        self.laid_out = False  # the layout has given the widget a size since it turned
        self.minimum = QSize(0, 0)  # the minimum size it had before it turned

    def pitch(self, widget: QWidget) -> float:
        return math.ceil(widget.font().pixelSize() * self.pitch_factor) if self.pitch_factor else 0


# The mixin's super() reaches QLabel (or SpacedLabel) through the classes that use it; to the
# type checker it is a QLabel itself.
if TYPE_CHECKING:
    _LabelBase = QLabel
else:
    _LabelBase = object


class _LabelVertical(_LabelBase):
    """The shared vertical behaviour of ScriptLabel and ScriptSpacedLabel (a mixin over QLabel)."""

    _vstate: VerticalState

    def is_vertical(self) -> bool:
        return self._vstate.on

    def set_vertical(self, on: bool) -> None:
        label = self._label()
        if on == self._vstate.on:
            return
        self._vstate.on = on
        self._vstate.laid_out = False
        swap_policy(label)
        turn_minimum(label, self._vstate)
        label.updateGeometry()
        label.update()

    def column_text(self) -> ColumnText:
        label = self._label()
        return ColumnText(label.text(), label.font())

    def vertical_extent(self, height: float) -> tuple[float, float]:
        """(width, longest column) the text needs in columns of `height`."""
        return self.column_text().extent(height, self._vstate.pitch(self._label()))

    def _label(self) -> QLabel:
        assert isinstance(self, QLabel)
        return self

    def _margins(self) -> tuple[int, int]:
        label = self._label()
        outer, inner = label.rect(), label.contentsRect()
        return outer.width() - inner.width(), outer.height() - inner.height()

    def _room(self) -> float:
        label = self._label()
        if self._vstate.laid_out and label.height() > 0:
            return float(label.contentsRect().height())
        return column_budget(label, LABEL_BUDGET)

    def _vertical_hint(self) -> QSize:
        label = self._label()
        text = self.column_text()
        budget = column_budget(label, LABEL_BUDGET)
        natural = min(text.natural_length(), budget)
        width, _ = self.vertical_extent(self._room())
        mw, mh = self._margins()
        self._vstate.asked_width = math.ceil(width)
        return QSize(math.ceil(width) + mw, math.ceil(natural) + mh)

    def _vertical_minimum(self) -> QSize:
        # from the budget, not the current height: a height the layout passes through on its
        # way would otherwise push the window wider than the screen, for good
        width, _ = self.vertical_extent(column_budget(self._label(), LABEL_BUDGET))
        mw, mh = self._margins()
        return QSize(math.ceil(width) + mw, mh + 16)

    def _vertical_resized(self) -> None:
        self._vstate.laid_out = True
        width, _ = self.vertical_extent(self._room())
        if math.ceil(width) != self._vstate.asked_width:
            self._label().updateGeometry()

    def _vertical_paint(self) -> None:
        label = self._label()
        painter = QPainter(label)
        option = QStyleOption()
        option.initFrom(label)
        label.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, label)
        painter.setPen(label.palette().windowText().color())
        room = label.contentsRect()
        text = self.column_text()
        pitch = self._vstate.pitch(label)
        width, length = text.extent(room.height(), pitch)
        left, top = float(room.left()), float(room.top())
        if label.alignment() & Qt.AlignmentFlag.AlignHCenter:
            top += max(0.0, (room.height() - length) / 2)
        if label.alignment() & (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter):
            left += max(0.0, (room.width() - width) / 2)
        text.paint(painter, left, top, room.height(), pitch)
        painter.end()

    # Qt's virtuals: in columns the label's own; otherwise the next class's in the MRO (QLabel,
    # or SpacedLabel for running text)
    def sizeHint(self) -> QSize:
        return self._vertical_hint() if self._vstate.on else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._vertical_minimum() if self._vstate.on else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return False if self._vstate.on else super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return -1 if self._vstate.on else super().heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._vstate.on:
            self._vertical_resized()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._vstate.on:
            self._vertical_paint()
        else:
            super().paintEvent(event)


class ScriptLabel(_LabelVertical, QLabel):
    """A QLabel that can write its text vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        QLabel.__init__(self, parent)
        self._vstate = VerticalState()


class ScriptSpacedLabel(_LabelVertical, SpacedLabel):
    """Running text (SpacedLabel) that can write its text vertically, columns spaced as its
    lines are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        SpacedLabel.__init__(self, parent)
        self._vstate = VerticalState(LINE_SPACING)


class ScriptButton(QPushButton):
    """A QPushButton that can write its label vertically (one column, more if very long)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vstate = VerticalState()

    def is_vertical(self) -> bool:
        return self._vstate.on

    def set_vertical(self, on: bool) -> None:
        if on == self._vstate.on:
            return
        self._vstate.on = on
        self._vstate.laid_out = False
        swap_policy(self)
        # the style sheet's min-width is for a horizontal label; a column needs only its own
        self.setStyleSheet(VERTICAL_BUTTON_STYLE if on else "")
        turn_minimum(self, self._vstate)
        self.updateGeometry()
        self.update()

    def column_text(self) -> ColumnText:
        return ColumnText(self.text(), self.font())

    def contents_room(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)

    def vertical_extent(self, height: float) -> tuple[float, float]:
        return self.column_text().extent(height)

    def sizeHint(self) -> QSize:
        if not self._vstate.on:
            return super().sizeHint()
        text = self.column_text()
        budget = column_budget(self, BUTTON_BUDGET)
        if self._vstate.laid_out:  # the height the layout gave: the columns that fill it
            budget = min(budget, max(1.0, float(self.contents_room().height())))
        width, length = text.extent(budget)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        content = QSize(math.ceil(width), math.ceil(length))
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, content, self
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if self._vstate.on else super().minimumSizeHint()

    def forget_height(self) -> None:
        """Moved to another layout (a row of columns or a column of its own): the height the
        last layout gave no longer bounds its columns; ask again from the budget."""
        self._vstate.laid_out = False
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A column shorter than the hint assumed (a short TV screen under the keyboard) needs
        more columns: ask the layout for the width they take (once per height)."""
        super().resizeEvent(event)
        if self._vstate.on and event.size().height() != event.oldSize().height():
            self._vstate.laid_out = True
            wanted = self.sizeHint().width()
            if wanted != self._vstate.asked_width:
                self._vstate.asked_width = wanted
                self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._vstate.on:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        painter.setPen(option.palette.buttonText().color())
        room = self.contents_room()
        text = self.column_text()
        width, length = text.extent(room.height())
        text.paint(
            painter,
            room.left() + max(0.0, (room.width() - width) / 2),
            room.top() + max(0.0, (room.height() - length) / 2),
            room.height(),
        )
        painter.end()
