"""A real `lexkiosk-central serve` per test on each backend, and a release key pair made once
by `lexkiosk-central updates keygen` and trusted with `updates trust`, both run as processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.helpers.central_updates import UpdateScene
from tests.helpers.served import serve_url


@pytest.fixture(scope="module")
def release_keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding release.key and release.pub, as the release machine makes them."""
    folder = tmp_path_factory.mktemp("release") / "keys"
    made = run_cli("lexkiosk-central", "updates", "keygen", "--out", str(folder))
    assert made.returncode == 0, made.stderr
    return folder


@pytest.fixture
def scene(central_db_url: str, tmp_path: Path, release_keys: Path) -> Iterator[UpdateScene]:
    data_dir = tmp_path / "central"
    data_dir.mkdir()
    with serve_url(central_db_url, data_dir=data_dir) as served:
        scene = UpdateScene(served, central_db_url, data_dir, release_keys, tmp_path / "bundles")
        trusted = scene.cli("trust", str(release_keys / "release.pub"))
        assert trusted.returncode == 0, trusted.stderr
        yield scene
