"""An emulated camera scene in which a person can step in front of the terminal and leave.

The face is scikit-image's astronaut photograph (a real face, shipped in the wheel), scaled as a
visitor standing about a metre from a robot's camera would appear; without it the scene is the
empty room behind. `face_visible` is switched by a test or the demo at any time.
"""

from __future__ import annotations

import numpy as np

from devices.camera.port import Pixels
from devices.camera.scenes import _stamp


def _visitor(width: int, height: int) -> Pixels:
    import cv2
    from skimage import data

    photo = np.asarray(data.astronaut(), np.uint8)  # type: ignore[no-untyped-call]
    head = photo[20:250, 110:340]  # the head, as close as a visitor stands
    side = int(height * 0.9)
    return np.asarray(cv2.resize(head, (side, side), interpolation=cv2.INTER_AREA), np.uint8)


class PresenceScene:
    """An empty room, or the same room with a visitor's face in the middle."""

    def __init__(self, width: int, height: int, face_visible: bool = False) -> None:
        self.width, self.height = width, height
        self.face_visible = face_visible
        ramp = np.linspace(60, 110, width, dtype=np.uint8)[None, :]
        self._room = np.zeros((height, width, 3), np.uint8)
        self._room[...] = ramp[..., None]
        self._with_face = self._room.copy()
        visitor = _visitor(width, height)
        top = (height - visitor.shape[0]) // 2
        left = (width - visitor.shape[1]) // 2
        self._with_face[top : top + visitor.shape[0], left : left + visitor.shape[1]] = visitor
        self._seq = 0

    def next_frame(self) -> Pixels:
        self._seq += 1
        source = self._with_face if self.face_visible else self._room
        return _stamp(source.copy(), self._seq)
