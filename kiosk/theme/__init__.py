"""The look of the shell: one QSS template with named colours and sizes.

Screens set object names and `role` properties only; colours and sizes live here, so a
high-contrast mode or a TV profile is a new palette, not a change to any screen.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.theme.sizes import sizes_for

_QSS = Path(__file__).with_name("shell.qss")

DEFAULT_PALETTE: dict[str, str] = {
    "background": "#F3F5F9",
    "surface": "#FFFFFF",
    "primary": "#1F4E8C",
    "primary_dark": "#163A69",
    "on_primary": "#FFFFFF",
    "accent": "#C8102E",
    "text": "#1B1F24",
    "muted": "#5A6472",
    "border": "#D5DBE5",
    "ok": "#276B2B",
    "warn": "#995A00",
    "danger": "#C62828",
    "strip": "#E6EBF2",
}

HIGH_CONTRAST_PALETTE: dict[str, str] = {
    **DEFAULT_PALETTE,
    "background": "#000000",
    "surface": "#000000",
    "primary": "#FFD400",
    "primary_dark": "#FFD400",
    "on_primary": "#000000",
    "text": "#FFFFFF",
    "muted": "#FFFFFF",
    "border": "#FFFFFF",
    "strip": "#000000",
    "ok": "#7CFC8A",
    "warn": "#FFD400",
    "danger": "#FF8A80",
}

# Base sizes in pixels at scale 1.0 (a 1280-pixel-wide screen).
BASE_SIZES: dict[str, int] = {
    "font_body": 24,
    "font_small": 18,
    "font_title": 44,
    "font_hero": 64,
    "font_tile": 32,
    "radius": 18,
    "pad": 24,
    "target": 64,
    "target_minor": 64,
    "target_strip": 48,
}

# Every theme the resident can choose (the high-contrast switch on the status strip).
THEMES: dict[str, dict[str, str]] = {
    "default": DEFAULT_PALETTE,
    "high_contrast": HIGH_CONTRAST_PALETTE,
}


def build_stylesheet(
    palette: dict[str, str], scale: float = 1.0, sizes: dict[str, int] | None = None
) -> str:
    """Fill the QSS template; an unknown `@name` is an error, not a silent gap.

    `sizes` are pixel sizes as given (kiosk.theme.sizes); without them, BASE_SIZES * `scale`.
    """
    values = dict(palette)
    if sizes is None:
        sizes = {k: round(v * scale) for k, v in BASE_SIZES.items()}
    values.update({k: f"{v}px" for k, v in sizes.items()})

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"shell.qss uses @{name}, which the theme does not define")
        return values[name]

    return re.sub(r"@([a-z_]+)", fill, _QSS.read_text(encoding="utf-8"))


def stylesheet_for(profile: str, large_text: bool, high_contrast: bool) -> str:
    """The shell's stylesheet for a terminal profile in the resident's chosen look."""
    palette = THEMES["high_contrast" if high_contrast else "default"]
    return build_stylesheet(palette, sizes=sizes_for(profile, large_text))
