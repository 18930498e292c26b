"""Terminal profiles: the screen each kind of terminal has and how the home grid is laid out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileLayout:
    width: int
    height: int
    columns: int
    scale: float
    remote: bool = False  # driven by a remote control only (kiosk.navigation)


PROFILES: dict[str, ProfileLayout] = {
    "kiosk": ProfileLayout(1080, 1920, 2, 1.25),  # portrait floor-standing kiosk
    "robot": ProfileLayout(1280, 800, 3, 0.9),  # chest tablet of a service robot
    "tv": ProfileLayout(1920, 1080, 3, 1.34, remote=True),  # living-room TV, read from a sofa
}
