"""Camera port: frames in RGB, with lost/back events when the device disappears and returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from devices.base import Device


@dataclass(frozen=True, repr=False)
class Frame:
    """One RGB888 frame, row-major; `seq` counts frames since the camera opened."""

    width: int
    height: int
    rgb: bytes
    seq: int

    def __repr__(self) -> str:  # never dump pixels (they may show a face) into logs
        return f"Frame({self.width}x{self.height}, seq={self.seq})"


class Camera(Device, Protocol):
    def read_frame(self, timeout_s: float) -> Frame:
        """The next frame; raises DeviceTimeout or DeviceNotReady (devices.errors)."""
        ...
