"""Terminal settings: schema, defaults, loading from TOML/env/overrides, and validation.

The names below are imported on first use: importing the schema (pydantic) costs about 100 ms,
and `lexkiosk run` reads its first frame's settings from config.hints before that.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.errors import ConfigError, ConfigProblem
    from config.loader import load_settings
    from config.settings import TerminalSettings

__all__ = ["ConfigError", "ConfigProblem", "TerminalSettings", "load_settings"]

_HOMES = {
    "ConfigError": "config.errors",
    "ConfigProblem": "config.errors",
    "load_settings": "config.loader",
    "TerminalSettings": "config.settings",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'config' has no attribute {name!r}")
