"""The pieces under the update cycle: a report that cannot be sent waits on disk and goes
first next time; `current` is switched by one rename and always names a or b."""

from __future__ import annotations

from pathlib import Path

import pytest

from api_client.updates import UpdatesClient
from kiosk.updates.paths import UpdatePaths
from kiosk.updates.reports import Reporter
from kiosk.updates.slots import SlotError, current_slot, other, switch_to
from tests.helpers.server import free_port
from tests.helpers.update_server import update_routes


def test_an_unsent_report_waits_on_disk_and_goes_first_next_time(tmp_path: Path) -> None:
    paths = UpdatePaths(tmp_path)
    down = f"http://127.0.0.1:{free_port()}"
    with UpdatesClient(down, "t" * 43, timeout_s=2.0) as client:
        assert Reporter(client, paths).report("1.1.0", "installed", "healthy") is False
    assert paths.unsent_reports.exists()
    with (
        update_routes(down) as (url, routes),
        UpdatesClient(url, "t" * 43) as client,
    ):
        assert Reporter(client, paths).send_kept() == 1
        assert routes.reports == [{"version": "1.1.0", "outcome": "installed", "detail": "healthy"}]
    assert not paths.unsent_reports.exists()


def test_switching_replaces_the_symlink_in_one_step(tmp_path: Path) -> None:
    paths = UpdatePaths(tmp_path)
    assert current_slot(paths) is None and other(None) == "a"
    switch_to(paths, "a")
    assert current_slot(paths) == "a" and other("a") == "b"
    switch_to(paths, "b")
    assert paths.current.readlink() == Path("b")
    assert sorted(p.name for p in paths.envs.iterdir()) == ["current"]  # no temporary left
    with pytest.raises(SlotError):
        switch_to(paths, "../elsewhere")


def test_a_current_pointing_elsewhere_is_an_error(tmp_path: Path) -> None:
    paths = UpdatePaths(tmp_path)
    paths.envs.mkdir()
    paths.current.symlink_to("/usr")
    with pytest.raises(SlotError, match="not to a or b"):
        current_slot(paths)
