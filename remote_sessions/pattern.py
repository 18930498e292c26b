"""A counter drawn into video frames and read back from decoded ones: how tests, the
benchmark and a scripted participant prove that frames really crossed the SFU.

Sixteen bits as a row of black/white blocks over the top half of the frame and the same bits
inverted below them; a read accepts a frame only when every pair disagrees clearly, so a
blurred or half-decoded frame reads as None rather than as a wrong number.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

BITS = 16
_MARGIN = 48  # how far apart (0-255) a bit and its inverse must read


def counter_frame(value: int, width: int = 640, height: int = 480) -> NDArray[np.uint8]:
    """An RGB frame showing `value` (0-65535)."""
    frame = np.full((height, width, 3), 128, dtype=np.uint8)
    block = width // BITS
    half = height // 2
    for bit in range(BITS):
        on = (value >> (BITS - 1 - bit)) & 1
        x = slice(bit * block, (bit + 1) * block)
        frame[:half, x] = 255 if on else 0
        frame[half:, x] = 0 if on else 255
    return frame


def read_counter(frame: NDArray[np.uint8]) -> int | None:
    """The value `counter_frame` drew, or None when the frame does not carry one clearly."""
    height, width = frame.shape[:2]
    block = width // BITS
    half = height // 2
    if block < 4 or half < 4:
        return None
    grey = frame.mean(axis=2) if frame.ndim == 3 else frame.astype(np.float64)
    value = 0
    for bit in range(BITS):
        # sample the inner part of each block: edges blur in a lossy codec
        xs = slice(bit * block + block // 4, (bit + 1) * block - block // 4)
        top = float(grey[half // 4 : half - half // 4, xs].mean())
        bottom = float(grey[half + half // 4 : height - half // 4, xs].mean())
        if abs(top - bottom) < _MARGIN:
            return None
        value = (value << 1) | (1 if top > bottom else 0)
    return value
