"""The pushed document on a landscape terminal (the robot's 1280x800 tablet, the TV): the page
with its turning on the left, the signing on the right (the screen's own lines above the pad,
the pad, Clear and Sign), so the page, the pad and Sign are all in view without scrolling.

In Mongolian the words stand in columns, so a row of them is tall (up to ROW_IN_COLUMNS_PX):
the title, the screen's lines and the hint stand side by side above the pad, the status and
Back beside Sign and Clear under it, and the page's actions beside the page turning. On a
terminal tall enough (`tall`: the TV) those rows left the lower third of the signing side
empty, so there the page turning and the page's actions stand under Sign on the signing side,
and the page takes the whole height."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.qt import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kiosk.screens.pushed_document import PushedDocumentScreen

GAP = 24  # between the page and the signing
ROW_GAP = 8  # between the signing's rows
# the page may shrink this far (the robot in the elders' mode): a page turned to and read aloud
PAGE_MIN_W, PAGE_MIN_H = 300, 240
# Tall enough for four rows of Mongolian columns (ROW_IN_COLUMNS_PX each) and the pad on the
# signing side: the TV (1080) is, the robot (800) is not.
TALL_PX = 1000


class WideSides:
    def __init__(self, screen: PushedDocumentScreen, tall: bool = False) -> None:
        self.screen = screen
        self.tall = tall
        self.left = QVBoxLayout()
        self.left.setSpacing(8)
        # the page's picture is scaled to the room left (PushedDocumentScreen._fit), so it
        # must not ask for the room of the picture drawn at the last size
        ignored = QSizePolicy.Policy.Ignored
        screen.page.setSizePolicy(ignored, ignored)
        screen.page.setMinimumSize(PAGE_MIN_W, PAGE_MIN_H)
        self.left.addWidget(screen.page, 1)
        self.left.addLayout(screen.controls)
        self.top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.top.setSpacing(8)
        self.pad_row = QHBoxLayout()
        self.pad_row.setSpacing(12)
        self.right = QVBoxLayout()
        self.right.setSpacing(ROW_GAP)
        self.right.addLayout(self.top)
        self.right.addWidget(screen.pad)
        self.right.addLayout(self.pad_row)
        self.right.addStretch(1)
        self.body = QHBoxLayout()
        self.body.setSpacing(GAP)
        self.body.addLayout(self.left, 1)
        self.body.addLayout(self.right, 0)

    def boxes(self) -> list[QBoxLayout]:
        return [self.body, self.left, self.top, self.pad_row, self.right]

    def place(self, vertical: bool) -> None:
        s = self.screen
        sides = s.side_widgets()
        movable: list[QWidget] = [
            s.title,
            *sides,
            s.pad_hint,
            s.status,
            s.back,
            s.read,
            s.print_button,
            s.clear,
            s.sign,
        ]
        for box in (self.top, self.pad_row):  # their spacers too
            while box.count():
                box.takeAt(0)
        for widget in movable:
            for box in (s.layout_, s.controls, s.footer, s.signing, s.pad_buttons, self.left):
                box.removeWidget(widget)
        s.layout_.setContentsMargins(24, 12, 24, 8)
        s.controls.setSpacing(8 if vertical else 12)
        self._place_turning(beside_sign=vertical and self.tall)
        if vertical:
            self.top.setDirection(QBoxLayout.Direction.LeftToRight)
            for widget in (s.title, *sides, s.pad_hint):
                self.top.addWidget(widget)
            self.top.addStretch(1)
            for widget in (s.clear, s.sign):
                self.pad_row.addWidget(widget)
            self.pad_row.addWidget(s.status, 1)
            self.pad_row.addWidget(s.back)  # the page's side has no column to spare
            for widget in (s.read, s.print_button):
                s.controls.addWidget(widget)
        else:
            self.left.insertWidget(0, s.title)  # the right column has no row to spare
            self.top.setDirection(QBoxLayout.Direction.TopToBottom)
            for widget in sides:
                self.top.addWidget(widget)
            s.pad_hint.setWordWrap(True)
            self.pad_row.addWidget(s.pad_hint, 1)  # beside the buttons: no row of its own
            self.pad_row.addWidget(s.clear)
            self.pad_row.addWidget(s.sign)
            s.footer.addWidget(s.back)
            s.footer.addWidget(s.status, 1)
            s.footer.addWidget(s.read)
            s.footer.addWidget(s.print_button)

    def _place_turning(self, beside_sign: bool) -> None:
        """The page turning (and in columns the page's actions) under the page, or on the
        signing side under Sign (before its closing stretch)."""
        controls = self.screen.controls
        self.left.removeItem(controls)
        self.right.removeItem(controls)
        if beside_sign:
            self.right.insertLayout(self.right.count() - 1, controls)
        else:
            self.left.addLayout(controls)
