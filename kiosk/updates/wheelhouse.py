"""The wheels a release needs: every package the lock pins for the terminal (lexkiosk with
its `kiosk` extra, on this platform), each found in a wheelhouse folder. A bundle missing one
would fail on a terminal that cannot reach a package registry, so building refuses instead.
Used on the release machine (`lexkiosk update build`)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from packaging.markers import InvalidMarker, Marker, default_environment
from packaging.tags import Tag, sys_tags
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

ROOT = "lexkiosk"


class WheelhouseIncomplete(Exception):
    """Packages the lock pins for the terminal that have no wheel in the wheelhouse."""


def pinned_for_terminal(
    lock: Path, extras: Sequence[str] = ("kiosk",), environment: Mapping[str, str] | None = None
) -> dict[str, str]:
    """{canonical name: version} of every package lexkiosk[extras] needs under `environment`
    (default: this interpreter's), walking the lock's dependency graph and its markers."""
    try:
        packages: list[dict[str, Any]] = tomllib.loads(lock.read_text())["package"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as err:
        raise WheelhouseIncomplete(f"{lock} is not a uv.lock ({err})") from None
    env: dict[str, str] = dict(environment or default_environment())  # type: ignore[arg-type]
    by_name: dict[str, list[dict[str, Any]]] = {}
    for package in packages:
        by_name.setdefault(canonicalize_name(package["name"]), []).append(package)
    if ROOT not in by_name:
        raise WheelhouseIncomplete(f"{lock} does not lock {ROOT}")
    pinned: dict[str, str] = {}
    todo: list[tuple[dict[str, Any], tuple[str, ...]]] = [(by_name[ROOT][0], tuple(extras))]
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    while todo:
        package, wanted = todo.pop()
        key = (package["name"], package.get("version", ""), wanted)
        if key in seen:
            continue
        seen.add(key)
        if canonicalize_name(package["name"]) != ROOT:
            pinned[canonicalize_name(package["name"])] = package["version"]
        for dep in _dependencies(package, wanted):
            if not _applies(dep.get("marker"), env):
                continue
            target = _pick(by_name, dep)
            todo.append((target, tuple(dep.get("extra", ()))))
    return pinned


def _dependencies(package: Mapping[str, Any], extras: Iterable[str]) -> list[dict[str, Any]]:
    deps = list(package.get("dependencies", ()))
    optional = package.get("optional-dependencies", {})
    for extra in extras:
        deps.extend(optional.get(extra, ()))
    return deps


def _applies(marker: str | None, env: Mapping[str, str]) -> bool:
    if not marker:
        return True
    try:
        return Marker(marker).evaluate(dict(env))
    except InvalidMarker:
        raise WheelhouseIncomplete(
            f"the lock holds a marker that cannot be read: {marker}"
        ) from None


def _pick(by_name: Mapping[str, list[dict[str, Any]]], dep: Mapping[str, Any]) -> dict[str, Any]:
    candidates = by_name.get(canonicalize_name(dep["name"]), [])
    if "version" in dep:
        candidates = [c for c in candidates if c.get("version") == dep["version"]]
    if len(candidates) != 1:
        raise WheelhouseIncomplete(f"the lock does not pin {dep['name']} to one version")
    return candidates[0]


def wheels_for_lock(
    wheelhouse: Path,
    lock: Path,
    version: str,
    extras: Sequence[str] = ("kiosk",),
    tags: Iterable[Tag] | None = None,
) -> list[Path]:
    """The lexkiosk wheel at `version` and one installable wheel for every pinned package;
    raises WheelhouseIncomplete naming every package that has none."""
    supported = set(tags if tags is not None else sys_tags())
    found: dict[tuple[str, Version], Path] = {}
    for path in sorted(wheelhouse.glob("*.whl")):
        try:
            name, wheel_version, _build, wheel_tags = parse_wheel_filename(path.name)
        except InvalidWheelFilename:
            continue
        if wheel_tags & supported:
            found.setdefault((name, wheel_version), path)
    wanted = {ROOT: version, **pinned_for_terminal(lock, extras)}
    missing = [
        f"{name}=={pin}"
        for name, pin in sorted(wanted.items())
        if (canonicalize_name(name), Version(pin)) not in found
    ]
    if missing:
        raise WheelhouseIncomplete(
            f"no installable wheel in {wheelhouse} for: {', '.join(missing)}"
        )
    return [found[(canonicalize_name(n), Version(v))] for n, v in sorted(wanted.items())]
