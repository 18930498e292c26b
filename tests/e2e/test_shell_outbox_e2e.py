"""The shell delivers what residents submit and shows what waits while the centre is away."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from tests.helpers.kiosk import EnrolledKiosk
from tests.helpers.server import CentralProcess

pytestmark = pytest.mark.e2e


def test_submissions_reach_the_centre_and_wait_visibly_when_it_is_away(
    qtbot, central: CentralProcess, kiosk: Callable[..., EnrolledKiosk]
) -> None:
    terminal = kiosk("SHELL1")
    shell = terminal.shell
    shell.start()
    strip = shell.window.strip
    store = shell.controllers.outbox()
    first = store.add("rating", {"score": 5})
    db = central.data_dir / "central.sqlite3"

    def received() -> list[str]:
        with sqlite3.connect(db) as conn:
            return [r[0] for r in conn.execute("SELECT tracking_number FROM submissions")]

    qtbot.waitUntil(lambda: received() == [first.tracking_number], timeout=10_000)
    central.stop()
    second = store.add("rating", {"score": 4})
    qtbot.waitUntil(lambda: strip.outbox_label.isVisible(), timeout=10_000)
    assert strip.outbox_label.text() == "1 项提交待发送"
    central.start()
    qtbot.waitUntil(lambda: not strip.outbox_label.isVisible(), timeout=15_000)
    assert sorted(received()) == sorted([first.tracking_number, second.tracking_number])
