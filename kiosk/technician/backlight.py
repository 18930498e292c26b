"""Screen brightness through a port: the kernel's sysfs backlight where the board has one,
otherwise a port that says it cannot be set here."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

SYSFS_BACKLIGHT = Path("/sys/class/backlight")


class Backlight(Protocol):
    available: bool
    why_not: str

    def percent(self) -> int: ...

    def set_percent(self, value: int) -> None: ...


class SysfsBacklight:
    """/sys/class/backlight/<device>/{brightness,max_brightness} (writable by the shell's user
    through a udev rule on the terminal image)."""

    available = True
    why_not = ""

    def __init__(self, device: Path) -> None:
        self._device = device
        self._max = max(1, int((device / "max_brightness").read_text().strip()))

    def percent(self) -> int:
        return round(int((self._device / "brightness").read_text().strip()) * 100 / self._max)

    def set_percent(self, value: int) -> None:
        raw = round(max(5, min(100, value)) * self._max / 100)  # never fully dark
        (self._device / "brightness").write_text(str(raw))


class NoBacklight:
    available = False

    def __init__(self, why_not: str) -> None:
        self.why_not = why_not

    def percent(self) -> int:
        return 100

    def set_percent(self, value: int) -> None:
        raise OSError(self.why_not)


def find_backlight(root: Path = SYSFS_BACKLIGHT) -> Backlight:
    devices = sorted(root.glob("*/max_brightness")) if root.is_dir() else []
    for found in devices:
        try:
            return SysfsBacklight(found.parent)
        except (OSError, ValueError):
            continue
    return NoBacklight("This screen's brightness cannot be set here (no backlight control).")
