"""Cut the MRZ rows out of a camera frame: rectify each row's box into a level grey strip."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from devices.scanner.ocr import Image, TextLine

STRIP_HEIGHT = 48


def row_strip(image: Image, row: list[TextLine]) -> npt.NDArray[np.uint8]:
    """The row (one or more boxes on one line) as a grey strip, ink level, a little margin."""
    points = np.array([p for line in row for p in line.box], dtype=np.float32)
    (cx, cy), (w, h), angle = cv2.minAreaRect(points)
    # OpenCV reports angles in (0, 90]; bring the rotation within +/-45 degrees so that a
    # level row stays the right way up.
    if angle > 45:
        w, h, angle = h, w, angle - 90
    elif angle < -45:
        w, h, angle = h, w, angle + 90
    h *= 1.2  # margin above and below the characters
    scale = STRIP_HEIGHT / max(h, 1.0)
    out_w = max(1, round(w * scale))
    matrix = cv2.getRotationMatrix2D((cx, cy), angle, scale)
    matrix[0, 2] += out_w / 2 - cx
    matrix[1, 2] += STRIP_HEIGHT / 2 - cy
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    strip = cv2.warpAffine(
        grey, matrix, (out_w, STRIP_HEIGHT), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(strip, dtype=np.uint8)
