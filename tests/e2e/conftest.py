"""The end-to-end set-up shared by the shell tests: a real central service process, and shells
enrolled with it through the CLI (tests.helpers.kiosk)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.kiosk import EnrolledKiosk, enrolled_kiosk
from tests.helpers.server import CentralProcess
from tests.kiosk.conftest import clock, make_shell  # noqa: F401  (the kiosk shell factory)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralProcess]:
    """GIVEN `lexkiosk-central serve` telling terminals to beat every second."""
    with CentralProcess(tmp_path / "central", heartbeat_s=1.0) as process:
        yield process


@pytest.fixture
def kiosk(qtbot, tmp_path: Path, central: CentralProcess) -> Iterator[Callable[..., EnrolledKiosk]]:
    """`kiosk("K001", site="hall")`: a terminal enrolled with `central`, its shell built and
    shown (data in tmp_path/kiosk); stopped after the test."""
    made: list[EnrolledKiosk] = []

    def make(terminal_id: str, site: str | None = None) -> EnrolledKiosk:
        made.append(enrolled_kiosk(qtbot, central, tmp_path / "kiosk", terminal_id, site))
        return made[-1]

    yield make
    for each in made:
        each.stop()
