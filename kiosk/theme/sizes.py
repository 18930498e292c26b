"""Type and target sizes in pixels, per terminal profile and per mode.

The numbers follow the age-friendly (适老化) rules of issue #19: body text of at least 24/28/32 px
on the kiosk/robot/TV, and 32/32/40 px in the elders' mode, where the whole journey is laid out
larger; the largest text (title and hero) at least 1.7 times the body; main targets of at least
120 px on the kiosk and 96 px on the robot, focusable rows of at least 80 px on the TV, in the
elders' mode. Line spacing of running text is kiosk.screens.spaced_label's (1.35).
"""

from __future__ import annotations

# font_body: running text; font_small: the status strip; font_tile: leads, tiles and keys;
# font_title / font_hero: headings; target: main buttons (primary, tiles, choices, back);
# target_minor: every other button; target_strip: the status strip's buttons.
_NORMAL: dict[str, dict[str, int]] = {
    # The kiosk's sizes are those of the former 1.25 scale, unchanged.
    "kiosk": {
        "font_body": 30,
        "font_small": 22,
        "font_title": 55,
        "font_hero": 80,
        "font_tile": 40,
        "radius": 22,
        "pad": 30,
        "target": 64,
        "target_minor": 64,
        "target_strip": 48,
    },
    "robot": {
        "font_body": 28,
        "font_small": 20,
        "font_title": 48,
        "font_hero": 64,
        "font_tile": 32,
        "radius": 16,
        "pad": 20,
        "target": 64,
        "target_minor": 64,
        "target_strip": 44,
    },
    "tv": {
        "font_body": 32,
        "font_small": 24,
        "font_title": 56,
        "font_hero": 80,
        "font_tile": 40,
        "radius": 22,
        "pad": 28,
        "target": 80,
        "target_minor": 80,
        "target_strip": 56,
    },
}

_ELDERS: dict[str, dict[str, int]] = {
    "kiosk": {
        "font_body": 36,
        "font_small": 28,
        "font_title": 64,
        "font_hero": 88,
        "font_tile": 46,
        "radius": 22,
        "pad": 30,
        "target": 120,
        "target_minor": 96,
        "target_strip": 64,
    },
    "robot": {
        "font_body": 32,
        "font_small": 24,
        "font_title": 56,
        "font_hero": 72,
        "font_tile": 40,
        "radius": 16,
        "pad": 20,
        "target": 96,
        "target_minor": 80,
        "target_strip": 56,
    },
    "tv": {
        "font_body": 40,
        "font_small": 32,
        "font_title": 68,
        "font_hero": 96,
        "font_tile": 52,
        "radius": 22,
        "pad": 28,
        "target": 96,
        "target_minor": 88,
        "target_strip": 80,
    },
}

# What the numbers above promise, checked by the tests against rendered widgets.
BODY_MIN_PX: dict[tuple[str, bool], int] = {
    ("kiosk", False): 24,
    ("robot", False): 28,
    ("tv", False): 32,
    ("kiosk", True): 32,
    ("robot", True): 32,
    ("tv", True): 40,
}
LARGEST_TO_BODY = 1.7
MAIN_TARGET_MIN_PX: dict[str, int] = {"kiosk": 120, "robot": 96, "tv": 80}


def sizes_for(profile: str, large: bool) -> dict[str, int]:
    """The pixel sizes of `profile` ("kiosk", "robot", "tv") in the normal or elders' mode."""
    table = _ELDERS if large else _NORMAL
    if profile not in table:
        raise KeyError(f"no sizes for profile {profile!r}; known: {', '.join(sorted(table))}")
    return dict(table[profile])
