"""Build `TerminalSettings` from defaults < TOML file < environment < command-line overrides.

Each layer is turned into a nested dict and merged; every value remembers where it came from,
so a problem can say "from LEXKIOSK_IDLE__TIMEOUT_S" or "from /etc/lexkiosk/kiosk.toml".
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from config.errors import ConfigError, ConfigProblem
from config.keys import allowed_keys_at
from config.scalars import parse_scalar
from config.settings import TerminalSettings

ENV_PREFIX = "LEXKIOSK_"
# Environment variables with the prefix that are not terminal settings: the settings file's
# path, the central service's older data-directory variable (its own are LEXCENTRAL_*, see
# central.cli), and the test harness's LEXKIOSK_TEST_* (database URLs and the like). A machine
# that runs both sides, as the demo does, must not have one side refuse the other's variables.
RESERVED_ENV = frozenset({"LEXKIOSK_CONFIG", "LEXKIOSK_CENTRAL_DATA"})
RESERVED_PREFIXES = ("LEXKIOSK_TEST_",)

Tree = dict[str, Any]


def read_toml(path: Path) -> Tree:
    """Parse a TOML file, or raise ConfigError with one line saying where it is malformed."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError([ConfigProblem("(file)", "", "file not found", str(path))]) from None
    except tomllib.TOMLDecodeError as err:
        problem = ConfigProblem("(file)", "", f"not valid TOML: {err}", str(path))
        raise ConfigError([problem]) from err
    except OSError as err:
        problem = ConfigProblem("(file)", "", f"cannot be read: {err.strerror}", str(path))
        raise ConfigError([problem]) from err


def set_path(tree: Tree, path: list[str], value: Any) -> None:
    node = tree
    for part in path[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[path[-1]] = value


def _walk(tree: Tree, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []
    for key, value in tree.items():
        path = (*prefix, key)
        if isinstance(value, dict) and value and not _is_mapping_field(path):
            out.extend(_walk(value, path))
        else:
            out.append((path, value))
    return out


def _is_mapping_field(path: tuple[str, ...]) -> bool:
    return path == ("devices", "speech", "voices")


class _Layers:
    """The merged tree plus, for each leaf path, the source it came from."""

    def __init__(self) -> None:
        self.tree: Tree = {}
        self.sources: dict[tuple[str, ...], str] = {}

    def add(self, path: tuple[str, ...], value: Any, source: str) -> None:
        set_path(self.tree, list(path), value)
        self.sources[path] = source

    def source_of(self, loc: tuple[str, ...]) -> str:
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.sources:
                return self.sources[loc[:end]]
        return "defaults"


def _env_layer(env: Mapping[str, str]) -> list[tuple[tuple[str, ...], Any, str]]:
    entries = []
    for name, raw in sorted(env.items()):
        if not name.startswith(ENV_PREFIX) or name in RESERVED_ENV:
            continue
        if name.startswith(RESERVED_PREFIXES):
            continue
        path = tuple(part.lower() for part in name[len(ENV_PREFIX) :].split("__"))
        entries.append((path, parse_scalar(raw), name))
    return entries


def _override_layer(overrides: Mapping[str, str]) -> list[tuple[tuple[str, ...], Any, str]]:
    return [
        (tuple(key.split(".")), parse_scalar(raw), f"--set {key}") for key, raw in overrides.items()
    ]


def _problem_from_error(error: Mapping[str, Any], layers: _Layers) -> ConfigProblem:
    loc = tuple(str(part) for part in error["loc"])
    key = ".".join(loc) or "(settings)"
    kind = error["type"]
    shown = "" if kind == "missing" else _show(error.get("input"))
    message = str(error["msg"])
    if kind == "extra_forbidden":
        allowed = ", ".join(allowed_keys_at(loc[:-1]))
        message = f"unknown key; allowed here: {allowed}"
    elif kind == "model_type" or kind == "dict_type":
        message = "must be a table of settings"
        shown = _show(error.get("input"))
    else:
        message = message.removeprefix("Value error, ").replace("Input should be", "must be")
        if loc and isinstance(error.get("input"), dict):
            shown = ""
    return ConfigProblem(key, shown, message, layers.source_of(loc))


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return ""
    text = repr(value) if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def load_settings(
    file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> TerminalSettings:
    """Build the settings or raise ConfigError listing every problem found, one per line."""
    problems: list[ConfigProblem] = []
    tree: Tree = {}
    if file is not None:
        try:
            tree = read_toml(file)
        except ConfigError as err:
            problems.extend(err.problems)
    return settings_from_tree(tree, str(file), env, overrides, problems)


def settings_from_tree(
    tree: Tree,
    source: str,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
    problems: list[ConfigProblem] | None = None,
) -> TerminalSettings:
    """Validate a parsed settings file (`source` names it in messages) under env and overrides."""
    problems = list(problems or [])
    layers = _Layers()
    for path, value in _walk(tree):
        layers.add(path, value, source)
    for path, value, name in [*_env_layer(env or {}), *_override_layer(overrides or {})]:
        layers.add(path, value, name)
    try:
        settings = TerminalSettings(**layers.tree)
    except ValidationError as err:
        problems.extend(_problem_from_error(e, layers) for e in err.errors())
        raise ConfigError(problems) from None
    if problems:
        raise ConfigError(problems)
    return settings
