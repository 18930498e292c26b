"""Face images for the face-check tests: real photographs shipped in scikit-image's wheel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
from skimage import data

from devices.camera.scenes import ImageScene
from devices.idcard.emulator import synthetic_card
from devices.idcard.port import IdCardData
from devices.idcard.sim_photo import encode_card_photo


def astronaut_portrait() -> np.ndarray:
    """The astronaut's head and shoulders, cut as an ID photo is (about 102:126)."""
    return data.astronaut()[10:270, 115:325]


def other_person() -> np.ndarray:
    """Someone else: an LFW face, enlarged."""
    face = (data.lfw_subset()[25] * 255).astype(np.uint8)
    return np.stack([cv2.resize(face, (200, 200), interpolation=cv2.INTER_CUBIC)] * 3, -1)


def card_with_photo(sequence: int, portrait: np.ndarray) -> IdCardData:
    """A synthetic card whose photo the emulator's photo codec can decode."""
    return replace(synthetic_card(sequence), photo_wlt=encode_card_photo(portrait))


def camera_scene(folder: Path, face: np.ndarray, name: str) -> ImageScene:
    """What the kiosk camera sees: the face, smaller, somewhere in a 640x480 room."""
    frame = np.full((480, 640, 3), 70, np.uint8)
    frame[60:380, 180:500] = cv2.resize(face, (320, 320), interpolation=cv2.INTER_AREA)
    path = folder / f"{name}.png"
    cv2.imwrite(str(path), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    return ImageScene([path], 640, 480)
