"""A call's picture on a screen: a dark label a video frame is painted into, scaled to fit
with its aspect kept (the one-to-one call's pictures and the mediation's tiles)."""

from __future__ import annotations

from kiosk.qt import QImage, QLabel, QPixmap, QSizePolicy, Qt


def video_label(name: str, minimum: tuple[int, int]) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumSize(*minimum)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    label.setStyleSheet("background: #1f2a33; color: #e8eef2;")
    return label


def paint(label: QLabel, image: QImage) -> None:
    """`image` shown in `label`, as large as fits with its aspect kept."""
    pixmap = QPixmap.fromImage(image).scaled(
        label.size(),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    label.setPixmap(pixmap)
