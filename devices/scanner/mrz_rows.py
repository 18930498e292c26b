"""Cut the MRZ rows out of a camera frame: rectify each row into a level grey strip.

The rows of an MRZ are parallel, left-aligned and equally long, so they are cut as one block:
the block's orientation comes from all rows' boxes together, and every strip spans the block's
full width. A row whose box the detector drew short (its first characters missed) is still
cut whole.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from devices.scanner.ocr import Image, TextLine

STRIP_HEIGHT = 48


def _block_angle(points: npt.NDArray[np.float32]) -> float:
    """The block's rotation in degrees, brought within +/-45 (OpenCV reports (0, 90])."""
    _, _, angle = cv2.minAreaRect(points)
    if angle > 45:
        angle -= 90
    elif angle < -45:
        angle += 90
    return float(angle)


def row_strips(image: Image, rows: list[list[TextLine]]) -> list[npt.NDArray[np.uint8]]:
    """One grey strip per row, ink level, spanning the whole block, with a little margin."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    all_points = np.array([p for row in rows for line in row for p in line.box], np.float32)
    angle = _block_angle(all_points)
    theta = np.deg2rad(angle)
    # Coordinates along (u) and across (v) the rows.
    axis_u = np.array([np.cos(theta), np.sin(theta)], np.float32)
    axis_v = np.array([-np.sin(theta), np.cos(theta)], np.float32)
    u = all_points @ axis_u
    u_lo, u_hi = float(u.min()), float(u.max())
    strips = []
    for row in rows:
        points = np.array([p for line in row for p in line.box], np.float32)
        v_mid = float((points @ axis_v).mean())
        thickness = max(line.thickness for line in row) * 1.2
        centre = axis_u * (u_lo + u_hi) / 2 + axis_v * v_mid
        strips.append(
            _cut(grey, (float(centre[0]), float(centre[1])), u_hi - u_lo, thickness, angle)
        )
    return strips


def _cut(
    grey: Image, centre: tuple[float, float], width: float, height: float, angle: float
) -> npt.NDArray[np.uint8]:
    scale = STRIP_HEIGHT / max(height, 1.0)
    out_w = max(1, round(width * 1.03 * scale))
    matrix = cv2.getRotationMatrix2D(centre, angle, scale)
    matrix[0, 2] += out_w / 2 - centre[0]
    matrix[1, 2] += STRIP_HEIGHT / 2 - centre[1]
    strip = cv2.warpAffine(
        grey, matrix, (out_w, STRIP_HEIGHT), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(strip, dtype=np.uint8)
