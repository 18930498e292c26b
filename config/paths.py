"""Where the terminal's settings file lives unless told otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def default_config_path(env: Mapping[str, str]) -> Path:
    """`$LEXKIOSK_CONFIG`, else `$XDG_CONFIG_HOME/lexkiosk/kiosk.toml` (~/.config by default)."""
    if env.get("LEXKIOSK_CONFIG"):
        return Path(env["LEXKIOSK_CONFIG"])
    base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "lexkiosk" / "kiosk.toml"
