"""The mediation call's pictures as a grid that fills the room the screen leaves it: for the
number of tiles shown (1–6) the columns and rows that give the largest 4:3 picture, each tile
with its caption beside it (under it, or in Mongolian in a column to its right), centred.

A tile without a frame yet, or paused (the server does not send it during a side talk), shows
a calm line of text on the dark picture instead of a black box or a frozen frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil

from kiosk.qt import QImage, QPixmap, QResizeEvent, QSize, QSizePolicy, Qt, QWidget
from kiosk.screens.base import styled_label
from kiosk.screens.video_label import video_label

ASPECT = 4 / 3
GAP = 12
CAPTION_GAP = 4
MIN_PICTURE = (160, 120)


@dataclass(frozen=True)
class Cell:
    columns: int
    rows: int
    picture: QSize  # the 4:3 picture of every tile


def best_cell(
    count: int, width: int, height: int, caption: Callable[[int], int], beside: bool
) -> Cell:
    """The columns and rows for `count` tiles in `width` x `height` giving the largest 4:3
    picture; `caption(picture width)` px under each picture (or, `beside`, to its right: a
    narrower picture wraps its caption into more lines or columns)."""
    best = Cell(1, max(count, 1), QSize(0, 0))
    for columns in range(1, max(count, 1) + 1):
        rows = ceil(max(count, 1) / columns)
        cell_w = (width - GAP * (columns - 1)) / columns
        cell_h = (height - GAP * (rows - 1)) / rows
        pic_w = int(max(0.0, min(cell_w, cell_h * ASPECT)))
        for _ in range(8):  # shrink until the caption of that width fits beside it
            band = caption(pic_w) + CAPTION_GAP
            room_w = cell_w - (band if beside else 0)
            room_h = cell_h - (0 if beside else band)
            fitting = int(max(0.0, min(room_w, room_h * ASPECT)))
            if fitting >= pic_w:
                break
            pic_w = fitting
        if pic_w > best.picture.width():
            best = Cell(columns, rows, QSize(pic_w, int(pic_w / ASPECT)))
    return best


class GridTile(QWidget):
    """One picture with its caption and the placeholder line shown over an empty picture."""

    def __init__(self, picture_name: str, caption_name: str) -> None:
        super().__init__()
        self.picture = video_label(picture_name, MIN_PICTURE)
        self.picture.setParent(self)
        self.picture.setMinimumSize(0, 0)  # the grid sizes it
        self.placeholder = styled_label("lead", self.picture)
        self.placeholder.setObjectName(f"{picture_name}Placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #e8eef2; background: transparent;")
        self.caption = styled_label("body", self)
        self.caption.setObjectName(caption_name)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._frame: QImage | None = None

    def caption_extent(self, picture_w: int, beside: bool) -> int:
        """Height of the caption under a picture `picture_w` wide (or width of its columns
        beside a 4:3 picture that wide)."""
        if beside:
            extent = getattr(self.caption, "vertical_extent", None)
            if callable(extent):
                return int(ceil(extent(picture_w / ASPECT)[0])) + 2  # noqa: RUF046
            return self.caption.sizeHint().width()
        return self.caption.heightForWidth(max(picture_w, 1))

    def place(self, picture: QSize, beside: bool) -> None:
        """Picture of `picture` size at the top left, the caption under (or beside) it."""
        self.picture.setGeometry(0, 0, picture.width(), picture.height())
        extent = self.caption_extent(picture.width(), beside)
        if beside:
            x = picture.width() + CAPTION_GAP
            self.caption.setGeometry(x, 0, extent, picture.height())
        else:
            y = picture.height() + CAPTION_GAP
            self.caption.setGeometry(0, y, picture.width(), extent)
        self.placeholder.setGeometry(8, 8, max(picture.width() - 16, 0), picture.height() - 16)
        self._repaint()

    def show_frame(self, image: QImage) -> None:
        self._frame = image
        self._repaint()

    def clear_frame(self) -> None:
        self._frame = None
        self.picture.clear()
        self.placeholder.show()

    def _repaint(self) -> None:
        self.placeholder.setVisible(self._frame is None)
        if self._frame is None:
            return
        pixmap = QPixmap.fromImage(self._frame)
        if self.picture.width() == 0:  # not laid out yet: the grid scales it when it is
            self.picture.setPixmap(pixmap)
            return
        pixmap = pixmap.scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)


class TileGrid(QWidget):
    """Lays out the visible tiles given to it; takes whatever room its layout grants."""

    def __init__(self, tiles: list[GridTile], beside: bool = False) -> None:
        super().__init__()
        self.setObjectName("MediationGrid")
        self.tiles = tiles
        self.beside = beside
        self.cell = Cell(1, 1, QSize(0, 0))
        for tile in tiles:
            tile.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(MIN_PICTURE[0] * 2, MIN_PICTURE[1] * 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_PICTURE[0], MIN_PICTURE[1])

    def set_beside(self, beside: bool) -> None:
        self.beside = beside
        self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        shown = [t for t in self.tiles if not t.isHidden()]
        if not shown:
            return

        def caption_of(picture_w: int) -> int:
            return max(t.caption_extent(picture_w, self.beside) for t in shown)

        cell = best_cell(len(shown), self.width(), self.height(), caption_of, self.beside)
        caption = caption_of(cell.picture.width())
        self.cell = cell
        pic = cell.picture
        tile_w = pic.width() + (caption + CAPTION_GAP if self.beside else 0)
        tile_h = pic.height() + (0 if self.beside else caption + CAPTION_GAP)
        count = len(shown)
        columns, rows = cell.columns, cell.rows
        if self.beside:  # Mongolian reads down each column, columns left to right
            columns = ceil(count / rows)
        used_w = columns * tile_w + GAP * (columns - 1)
        used_h = rows * tile_h + GAP * (rows - 1)
        left = max((self.width() - used_w) // 2, 0)
        top = max((self.height() - used_h) // 2, 0)
        for index, tile in enumerate(shown):
            if self.beside:
                column, row = divmod(index, rows)
                in_line = min(rows, count - column * rows)
                # a last column with fewer tiles is centred beside the others
                x_shift, y_shift = 0, (rows - in_line) * (tile_h + GAP) // 2
            else:
                row, column = divmod(index, columns)
                in_line = min(columns, count - row * columns)
                # a last row with fewer tiles is centred under the others
                x_shift, y_shift = (columns - in_line) * (tile_w + GAP) // 2, 0
            x = left + x_shift + column * (tile_w + GAP)
            y = top + y_shift + row * (tile_h + GAP)
            tile.setGeometry(x, y, tile_w, tile_h)
            tile.place(pic, self.beside)
