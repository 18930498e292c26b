"""Camera port: RGB frames as numpy arrays, with lost/back events when the device disappears.

Frames are `H x W x 3` uint8 arrays so OpenCV, the preview and the analysers share one buffer
without copies; `rgb` still gives packed bytes for code that wants them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from devices.base import Device

Pixels = NDArray[np.uint8]


@dataclass(frozen=True, repr=False, eq=False)
class Frame:
    """One RGB frame; `seq` counts frames since the camera opened, `at` is time.monotonic()."""

    pixels: Pixels
    seq: int
    at: float = field(default_factory=time.monotonic)

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @property
    def rgb(self) -> bytes:
        return self.pixels.tobytes()

    def __repr__(self) -> str:  # never dump pixels (they may show a face) into logs
        return f"Frame({self.width}x{self.height}, seq={self.seq})"


@runtime_checkable
class Camera(Device, Protocol):
    def read_frame(self, timeout_s: float) -> Frame:
        """The next frame; raises DeviceTimeout or DeviceNotReady (devices.errors)."""
        ...
