"""The release builder takes every wheel the lock pins for the terminal, and refuses to build
a bundle that would need a package registry on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from api_client.update_bundle import verify_bundle
from kiosk.updates.wheelhouse import WheelhouseIncomplete, pinned_for_terminal, wheels_for_lock
from tests.helpers import run_cli
from tests.helpers.update_wheels import ROOT, release_keys, tiny_wheel

LOCK = """version = 1
requires-python = ">=3.11"

[[package]]
name = "lexkiosk"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "alpha" },
    { name = "winonly", marker = "sys_platform == 'win32'" },
]

[package.optional-dependencies]
kiosk = [{ name = "beta", extra = ["fast"] }]
central = [{ name = "delta" }]

[[package]]
name = "alpha"
version = "1.0"

[[package]]
name = "beta"
version = "2.0"

[package.optional-dependencies]
fast = [{ name = "gamma" }]

[[package]]
name = "gamma"
version = "3.0"

[[package]]
name = "delta"
version = "4.0"

[[package]]
name = "winonly"
version = "1.0"
"""


@pytest.fixture
def house(tmp_path: Path) -> tuple[Path, Path]:
    lock = tmp_path / "uv.lock"
    lock.write_text(LOCK)
    wheels = tmp_path / "wheelhouse"
    for name, version in (
        ("alpha", "1.0"),
        ("beta", "2.0"),
        ("gamma", "3.0"),
        ("lexkiosk", "1.1.0"),
    ):
        tiny_wheel(wheels, name, version, {f"{name}.py": ""})
    return wheels, lock


def test_the_terminals_pins_follow_extras_and_markers(house: tuple[Path, Path]) -> None:
    _wheels, lock = house
    assert pinned_for_terminal(lock) == {"alpha": "1.0", "beta": "2.0", "gamma": "3.0"}


def test_the_real_lock_pins_the_kiosk_side_only(tmp_path: Path) -> None:
    pinned = pinned_for_terminal(ROOT / "uv.lock")
    assert {"pyside6", "pydantic", "httpx", "cryptography", "dlib-bin"} <= set(pinned)
    assert not {"fastapi", "sqlalchemy", "colorama", "dlib", "pytest"} & set(pinned)


def test_every_pinned_wheel_is_taken(house: tuple[Path, Path]) -> None:
    wheels, lock = house
    names = [p.name.split("-")[0] for p in wheels_for_lock(wheels, lock, "1.1.0")]
    assert names == ["alpha", "beta", "gamma", "lexkiosk"]


def test_a_missing_wheel_refuses_the_build(house: tuple[Path, Path]) -> None:
    wheels, lock = house
    (wheels / "gamma-3.0-py3-none-any.whl").unlink()
    with pytest.raises(WheelhouseIncomplete, match=r"gamma==3\.0"):
        wheels_for_lock(wheels, lock, "1.1.0")
    with pytest.raises(WheelhouseIncomplete, match=r"lexkiosk==1\.2\.0"):
        wheels_for_lock(wheels, lock, "1.2.0")


def test_build_cli_refuses_then_builds_a_bundle_that_verifies(
    house: tuple[Path, Path], tmp_path: Path
) -> None:
    wheels, lock = house
    private, public = release_keys()
    key = tmp_path / "release.key"
    key.write_bytes(private)
    args = ["update", "build", "--version", "1.1.0", "--wheelhouse", str(wheels)]
    args += ["--lock", str(lock), "--key", str(key), "--out", str(tmp_path / "out")]
    env = {"LEXKIOSK_CONFIG": str(tmp_path / "none.toml"), "PATH": "/usr/bin:/bin"}
    (wheels / "alpha-1.0-py3-none-any.whl").rename(tmp_path / "aside.whl")
    refused = run_cli("lexkiosk", *args, env=env)
    assert refused.returncode == 1
    assert "not built" in refused.stderr and "alpha==1.0" in refused.stderr
    assert "Traceback" not in refused.stderr
    (tmp_path / "aside.whl").rename(wheels / "alpha-1.0-py3-none-any.whl")
    built = run_cli("lexkiosk", *args, env=env)
    assert built.returncode == 0, built.stderr
    manifest = verify_bundle(tmp_path / "out" / "lexkiosk-1.1.0.bundle", [public])
    assert len(manifest.wheels) == 4
