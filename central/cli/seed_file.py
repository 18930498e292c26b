"""The declarative file of `lexkiosk-central seed`: organisations, staff and the organisations
that get the demo knowledge base, in TOML or JSON, read and checked before anything is written.

A bad file is refused with one line per problem naming the entry (`staff[2] (demo-notary)`),
the key and what is allowed; passwords never appear in it (they come on standard input).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api_client.schemas import OrganisationKind, Role
from api_client.schemas.staff import ORG_CODE_PATTERN, REGION_CODE_PATTERN, USERNAME_PATTERN
from central.cli.admin import CommandError

_PATTERN_WORDS = {
    "code": "2-32 lower-case letters, digits or '-', starting with a letter or digit",
    "parent": "an organisation code (2-32 lower-case letters, digits or '-')",
    "organisation": "an organisation code (2-32 lower-case letters, digits or '-')",
    "region": "a GB/T 2260 region code: 6 digits, not starting with 0, e.g. 150100",
    "username": "3-32 characters: a lower-case letter, then lower-case letters, digits, '.', "
    "'_' or '-'",
}


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SeedOrganisation(_Entry):
    """An organisation, as `org add` takes it."""

    code: str = Field(pattern=ORG_CODE_PATTERN)
    name: str = Field(min_length=1, max_length=128)
    kind: OrganisationKind
    region: str = Field(pattern=REGION_CODE_PATTERN)
    parent: str | None = Field(None, pattern=ORG_CODE_PATTERN)


class SeedStaff(_Entry):
    """A staff account, as `user add` takes it; the password comes on standard input."""

    username: str = Field(pattern=USERNAME_PATTERN)
    name: str = Field(min_length=1, max_length=64, description="display name")
    organisation: str = Field(pattern=ORG_CODE_PATTERN)
    roles: list[Role] = Field(min_length=1, max_length=8)


class SeedFile(_Entry):
    """The whole file; every part is optional."""

    knowledge: list[str] = Field(
        [], description="organisation codes that get the demo knowledge base and templates"
    )
    organisations: list[SeedOrganisation] = []
    staff: list[SeedStaff] = []


_KEYS = {
    "organisations": sorted(SeedOrganisation.model_fields),
    "staff": sorted(SeedStaff.model_fields),
    "": sorted(SeedFile.model_fields),
}


def _label(raw: object, part: str, index: int) -> str:
    """`staff[2] (demo-notary)`: where the entry is and, when it has one, its name."""
    entries = raw.get(part) if isinstance(raw, dict) else None
    entry = entries[index] if isinstance(entries, list) and index < len(entries) else None
    key = "username" if part == "staff" else "code"
    name = entry.get(key) if isinstance(entry, dict) else None
    return f"{part}[{index}]" + (f" ({name})" if isinstance(name, str) else "")


def _message(problem: Any, field: str, part: str) -> str:
    if problem["type"] == "string_pattern_mismatch" and field in _PATTERN_WORDS:
        return f"{problem['input']!r} is not allowed; use {_PATTERN_WORDS[field]}"
    if problem["type"] == "extra_forbidden":
        return f"unknown key; the keys are {', '.join(_KEYS[part])}"
    return str(problem["msg"])


def explain_file(err: ValidationError, raw: object) -> list[str]:
    """One line per problem: the entry, its key, what was wrong and what is allowed."""
    lines = []
    for problem in err.errors():
        loc = problem["loc"]
        part = str(loc[0]) if loc else ""
        if part in ("organisations", "staff") and len(loc) >= 2 and isinstance(loc[1], int):
            where, rest = _label(raw, part, loc[1]), loc[2:]
        else:
            where, rest, part = "file", loc, ""
        field = str(rest[-1]) if rest else ""
        key = ".".join(str(p) for p in rest) or "entry"
        lines.append(f"{where}: {key}: {_message(problem, field, part)}")
    return lines


def _duplicates(seed: SeedFile) -> list[str]:
    lines = []
    for part, names in (
        ("organisations", [o.code for o in seed.organisations]),
        ("staff", [s.username for s in seed.staff]),
    ):
        first: dict[str, int] = {}
        for index, name in enumerate(names):
            if name in first:
                lines.append(
                    f"{part}[{index}] ({name}): also {part}[{first[name]}]; each may appear once"
                )
            first.setdefault(name, index)
    return lines


def _parse(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise CommandError(f"cannot read the seed file {path}: {err.strerror}", 2) from None
    except UnicodeDecodeError:
        raise CommandError(f"the seed file {path} is not UTF-8 text", 2) from None
    if path.suffix == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise CommandError(f"the seed file {path} is not valid TOML: {err}", 2) from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise CommandError(f"the seed file {path} is not valid JSON: {err}", 2) from None
    raise CommandError(f"the seed file {path} must end in .toml or .json", 2)


def load_seed_file(path: Path) -> SeedFile:
    """The file, checked whole; CommandError (status 2) listing every problem otherwise."""
    raw = _parse(path)
    if not isinstance(raw, dict):
        raise CommandError(
            f"the seed file {path} must hold a table (organisations, staff, knowledge)", 2
        )
    try:
        seed = SeedFile.model_validate(raw)
    except ValidationError as err:
        problems = explain_file(err, raw)
        raise CommandError(
            f"the seed file {path} was not used:\n  " + "\n  ".join(problems), 2
        ) from None
    problems = _duplicates(seed)
    if problems:
        raise CommandError(f"the seed file {path} was not used:\n  " + "\n  ".join(problems), 2)
    return seed
