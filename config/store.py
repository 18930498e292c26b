"""Change one setting in a TOML file, atomically: a crash mid-write leaves the old file intact."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import tomli_w

from config.errors import ConfigError, ConfigProblem
from config.keys import allowed_keys_at, is_known_key
from config.loader import read_toml, set_path, settings_from_tree
from config.pin import hash_pin
from config.scalars import parse_scalar

# Keys a technician types that are stored in another form.
_DERIVED = {"technician_pin": "technician_pin_hash"}


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            tmp.chmod(path.stat().st_mode & 0o777)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def set_value(path: Path, key: str, raw: str) -> Any:
    """Set `key` (dotted) to `raw` in the file at `path`; return the value stored.

    The whole file is validated with the change applied before anything is written; on any
    problem ConfigError is raised and the file is untouched.
    """
    parts = key.split(".")
    value: Any
    if key in _DERIVED:
        try:
            value = hash_pin(raw)
        except ValueError as err:
            raise ConfigError([ConfigProblem(key, "(hidden)", str(err), "command line")]) from None
        parts = [_DERIVED[key]]
    else:
        if not is_known_key(tuple(parts)):
            allowed = ", ".join(allowed_keys_at(tuple(parts[:-1]))) or "see `lexkiosk config show`"
            problem = ConfigProblem(
                key, "", f"unknown key; allowed here: {allowed}", "command line"
            )
            raise ConfigError([problem])
        value = parse_scalar(raw)
    tree = read_toml(path) if path.exists() else {}
    set_path(tree, parts, value)
    data = tomli_w.dumps(tree).encode()
    settings_from_tree(tree, str(path))
    write_atomically(path, data)
    return value
