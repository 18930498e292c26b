"""A real `lexkiosk-central serve` per test on each backend, a release key pair made by
`lexkiosk-central updates keygen` and trusted with `updates trust`, both run as processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.central_updates import UpdateScene
from tests.helpers.served import serve_url


@pytest.fixture
def scene(central_db_url: str, tmp_path: Path) -> Iterator[UpdateScene]:
    data_dir = tmp_path / "central"
    data_dir.mkdir()
    with serve_url(central_db_url, data_dir=data_dir) as served:
        scene = UpdateScene(served, central_db_url, data_dir, tmp_path / "release")
        made = scene.cli("keygen", "--out", str(scene.keys))
        assert made.returncode == 0, made.stderr
        trusted = scene.cli("trust", str(scene.keys / "release.pub"))
        assert trusted.returncode == 0, trusted.stderr
        yield scene
