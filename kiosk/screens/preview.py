"""A live camera picture, scaled into a fixed box; a plain sentence when there is none."""

from __future__ import annotations

from devices.camera.port import Frame
from kiosk.camera_feed import to_image
from kiosk.qt import QBoxLayout, QLabel, QPixmap, Qt, QWidget
from kiosk.screens.writing_mode import KEEP_UPRIGHT, vertical_now

PORTRAIT_SIZE = (720, 540)
LANDSCAPE_SIZE = (480, 360)
VERTICAL_SIZE = (400, 300)  # in Mongolian the text's columns take the width


class CameraPreview(QLabel):
    def __init__(self, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraPreview")
        self.setFixedSize(width, height)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.frames_shown = 0

    def fit(self, row: QBoxLayout, window_width: int, window_height: int) -> None:
        """On a portrait screen the picture goes on top, large; on a landscape one, beside."""
        portrait = window_height > window_width
        row.setProperty(KEEP_UPRIGHT, True)  # its direction is decided here, in every script
        if vertical_now():  # in Mongolian the text takes the width: the picture goes on
            row.setDirection(QBoxLayout.Direction.TopToBottom)  # top, at its smaller size
            self.setFixedSize(*VERTICAL_SIZE)
            return
        row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.setFixedSize(*(PORTRAIT_SIZE if portrait else LANDSCAPE_SIZE))

    def show_frame(self, frame: Frame) -> None:
        self.show_image(QPixmap.fromImage(to_image(frame.pixels)))
        self.frames_shown += 1

    def show_image(self, pixmap: QPixmap) -> None:
        self.setPixmap(
            pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def show_message(self, text: str) -> None:
        self.clear()
        self.setText(text)
