"""The three settings the first frame needs, read before the settings schema is imported.

`lexkiosk run` paints the attract screen before it validates the settings: importing pydantic
and building the schema costs about 100 ms, as much as starting a bare Qt window. The first
frame needs only the profile (window size, type scale), the languages (the strip's buttons) and
the default language (the translation), so these are read here from the same layers as
`config.loader` (defaults < TOML file < environment < `--set`), without validation. A value that
is not allowed falls back to its default; the full validation that follows reports it and stops
the shell as before.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from config.scalars import parse_scalar

# The same choices and defaults as config.settings (a test checks they agree).
PROFILES = ("kiosk", "robot", "tv")
LANGUAGES = ("zh", "en", "mn")
DEFAULT_PROFILE = "kiosk"
DEFAULT_LANGUAGES = ("zh", "en", "mn")
DEFAULT_LANGUAGE = "zh"

_KEYS = ("profile", "languages", "default_language")


@dataclass(frozen=True)
class FirstFrameHints:
    """What the first frame is drawn with; the validated settings decide everything after."""

    profile: str = DEFAULT_PROFILE
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)
    default_language: str = DEFAULT_LANGUAGE


def _file_values(file: Path | None) -> dict[str, Any]:
    if file is None:
        return {}
    try:
        with file.open("rb") as fh:
            tree = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}  # config.loader reports it, with where and why
    return {key: tree[key] for key in _KEYS if key in tree}


def _layered(
    file: Path | None, env: Mapping[str, str], overrides: Mapping[str, str]
) -> dict[str, Any]:
    values = _file_values(file)
    for key in _KEYS:
        name = "LEXKIOSK_" + key.upper()
        if name in env:
            values[key] = parse_scalar(env[name])
    for key in _KEYS:
        if key in overrides:
            values[key] = parse_scalar(overrides[key])
    return values


def read_hints(
    file: Path | None, env: Mapping[str, str], overrides: Mapping[str, str]
) -> FirstFrameHints:
    """The first frame's settings from the layers `load_settings` reads, best effort."""
    values = _layered(file, env, overrides)
    profile = values.get("profile")
    languages = values.get("languages")
    if not (isinstance(languages, list) and languages and set(languages) <= set(LANGUAGES)):
        languages = list(DEFAULT_LANGUAGES)
    default = values.get("default_language")
    if default not in languages:
        default = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in languages else languages[0]
    return FirstFrameHints(
        profile=profile if profile in PROFILES else DEFAULT_PROFILE,
        languages=tuple(languages),
        default_language=str(default),
    )
