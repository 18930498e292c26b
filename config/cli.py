"""`lexkiosk config show | validate [FILE] | set KEY VALUE`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from config.errors import ConfigError
from config.loader import load_settings
from config.store import set_value


def add_commands(subparsers: Any) -> None:
    """Register the `config` command group on a top-level argparse subparsers object."""
    parser = subparsers.add_parser("config", help="show, validate or change the terminal settings")
    sub = parser.add_subparsers(dest="config_command", required=True, metavar="COMMAND")
    sub.add_parser("show", help="print the settings in force (file < environment < --set)")
    validate = sub.add_parser("validate", help="check a settings file; exit 1 with each problem")
    validate.add_argument("file", nargs="?", type=Path, help="the file (default: --config)")
    change = sub.add_parser("set", help="change one setting in the settings file, atomically")
    change.add_argument("key", help="dotted key, e.g. idle.timeout_s or technician_pin")
    change.add_argument("value", help="the new value (TOML syntax; bare words are strings)")


def _report(err: ConfigError) -> int:
    for problem in err.problems:
        print(f"error: {problem.line()}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace, env: Mapping[str, str], overrides: Mapping[str, str]) -> int:
    """Run a parsed `config` command; return the exit code."""
    config_path: Path = args.config
    file_or_none = config_path if config_path.exists() else None
    try:
        if args.config_command == "show":
            settings = load_settings(file_or_none, env, overrides)
            shown: dict[str, Any] = settings.model_dump(mode="json", exclude_none=True)
            if "technician_pin_hash" in shown:
                shown["technician_pin_hash"] = "(set)"
            print(f"# settings in force; file: {file_or_none or '(none, defaults)'}")
            print(tomli_w.dumps(shown), end="")
            return 0
        if args.config_command == "validate":
            target: Path = args.file or config_path
            load_settings(target, env, overrides)
            print(f"ok: {target} is valid")
            return 0
        stored = set_value(config_path, args.key, args.value)
        shown_value = "(hidden)" if args.key == "technician_pin" else repr(stored)
        print(f"ok: {args.key} = {shown_value} written to {config_path}")
        return 0
    except ConfigError as err:
        return _report(err)
