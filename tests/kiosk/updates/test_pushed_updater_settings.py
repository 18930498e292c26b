"""A configuration push naming the updater's programs is refused on the terminal too (the
central service refuses to push it; a service taken over would not)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.pushed_config import BEFORE, sync_pushed


def test_a_pushed_restart_command_is_refused_and_the_file_stays(tmp_path: Path) -> None:
    """GIVEN the service's answer to GET /api/v1/config carrying updates.restart_command
    WHEN the terminal syncs THEN it reports `refused` naming the key and keeps its file."""
    kept, report = sync_pushed(tmp_path, {"updates": {"restart_command": ["sh", "-c", "x"]}}, 7)
    assert kept == BEFORE
    assert report["outcome"] == "refused" and report["version"] == 7
    assert "updates.restart_command" in str(report["detail"])
