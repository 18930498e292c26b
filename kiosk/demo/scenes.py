"""What the demo's emulated camera and card show: a resident's face, a document held up.

The face is a real photograph from scikit-image's wheel (a test extra) when it is installed;
without it the demo's card carries no decodable photo and the tour shows that path instead.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from devices.camera.port import Pixels
from devices.idcard.emulator import synthetic_card
from devices.idcard.port import IdCardData
from devices.idcard.sim_photo import encode_card_photo


def portrait() -> Pixels | None:
    try:
        from skimage import data
    except ImportError:
        return None
    face: Pixels = data.astronaut()[10:270, 115:325]  # type: ignore[no-untyped-call]
    return face


def card(sequence: int, face: Pixels | None) -> IdCardData:
    """A synthetic card; with `face`, its photo is one the emulator's codec decodes."""
    made = synthetic_card(sequence)
    return replace(made, photo_wlt=encode_card_photo(face)) if face is not None else made


def face_in_room(face: Pixels, width: int, height: int) -> Pixels:
    """The resident in front of the kiosk camera."""
    frame = np.full((height, width, 3), 70, np.uint8)
    side = min(width, height) * 2 // 3
    top, left = (height - side) // 2, (width - side) // 2
    frame[top : top + side, left : left + side] = cv2.resize(
        face, (side, side), interpolation=cv2.INTER_AREA
    )
    return frame


def document(width: int, height: int, title: str) -> Pixels:
    """A pay slip held up to the camera."""
    frame = np.full((height, width, 3), 60, np.uint8)
    x0, y0, x1, y1 = width * 3 // 16, height // 12, width * 13 // 16, height * 11 // 12
    cv2.rectangle(frame, (x0, y0), (x1, y1), (245, 245, 240), -1)
    cv2.putText(frame, title, (x0 + 20, y0 + 60), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (20, 20, 20), 2)
    for row in range(8):
        y = y0 + 110 + row * 34
        cv2.line(frame, (x0 + 20, y), (x1 - 20 - (row % 3) * 60, y), (90, 90, 90), 3)
    return frame
