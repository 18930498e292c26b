"""A supporting document as the kiosk camera sees it: a pay slip held up in front of it."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from devices.camera.scenes import ImageScene


def document_scene(folder: Path, title: str = "PAY SLIP 2026-10") -> ImageScene:
    frame = np.full((480, 640, 3), 60, np.uint8)
    cv2.rectangle(frame, (120, 40), (520, 440), (245, 245, 240), -1)
    cv2.putText(frame, title, (140, 100), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (20, 20, 20), 2)
    for row in range(8):
        y = 150 + row * 34
        cv2.line(frame, (140, y), (500 - (row % 3) * 60, y), (90, 90, 90), 3)
    path = folder / "document.png"
    cv2.imwrite(str(path), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    return ImageScene([path], 640, 480)
