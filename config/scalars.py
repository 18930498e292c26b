"""Values typed on a command line or in an environment variable, read without pydantic (the
first frame's hints in config.hints need them before the settings schema is imported)."""

from __future__ import annotations

import json
import tomllib
from typing import Any


def parse_scalar(raw: str) -> Any:
    """Read a value typed on a command line or in an environment variable.

    TOML literals (`60`, `true`, `["zh", "en"]`) and JSON arrays/objects are understood;
    anything else stays a string, so `site=hall-3` needs no quotes.
    """
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        pass
    if raw[:1] in "[{":
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            pass
    return raw
