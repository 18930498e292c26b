"""Tells a live camera from a dead one: no new frame, or the same picture, for too long.

`VideoCapture` may keep returning its last buffer after an unplug or block inside `read()`;
both look like "no fresh frame since T", which is what this watches. A fingerprint of a
subsampled frame is enough: a live sensor never gives two identical frames.
"""

from __future__ import annotations

import zlib

from devices.camera.port import Pixels


def fingerprint(pixels: Pixels) -> int:
    return zlib.crc32(pixels[::8, ::8].tobytes())


class Staleness:
    def __init__(self, stale_s: float, now: float) -> None:
        self.stale_s = stale_s
        self.fresh_at = now
        self._last: int | None = None

    def saw(self, pixels: Pixels, now: float) -> bool:
        """Record a frame; True when it is fresh (differs from the one before)."""
        mark = fingerprint(pixels)
        fresh = mark != self._last
        self._last = mark
        if fresh:
            self.fresh_at = now
        return fresh

    def reset(self, now: float) -> None:
        self.fresh_at = now
        self._last = None

    def stale(self, now: float) -> bool:
        return now - self.fresh_at > self.stale_s
