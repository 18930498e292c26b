"""The settings file as a technician sees it: TOML, every PIN hash hidden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli_w

from config.errors import ConfigError
from config.loader import read_toml


def hide_secrets(tree: dict[str, Any]) -> dict[str, Any]:
    shown = dict(tree)
    if "technician_pin_hash" in shown:
        shown["technician_pin_hash"] = "(set)"
    if isinstance(shown.get("technicians"), list):
        shown["technicians"] = [
            {**entry, "pin_hash": "(set)"} if isinstance(entry, dict) else entry
            for entry in shown["technicians"]
        ]
    return shown


def file_text(path: Path) -> str:
    if not path.exists():
        return f"# {path}: no settings file yet (defaults in force)\n"
    try:
        return f"# {path}\n" + tomli_w.dumps(hide_secrets(read_toml(path)))
    except ConfigError as err:
        return "\n".join(p.line() for p in err.problems)
