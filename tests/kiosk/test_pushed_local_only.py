"""The terminal refuses a pushed configuration that sets what only its own settings file may
(the central service it trusts, that service's CA, its data folder, its id, its own PIN), even
when the service let the push through, and keeps its file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.pushed_config import BEFORE, sync_pushed


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("central_url", "https://evil.example:8443"),
        ("central_ca", "/etc/ssl/certs/ca-certificates.crt"),
        ("data_dir", "/tmp/elsewhere"),
        ("terminal_id", "EVIL01"),
    ],
)
def test_a_push_naming_a_local_only_setting_is_refused(
    tmp_path: Path, key: str, value: str
) -> None:
    kept, report = sync_pushed(tmp_path, {key: value, "idle": {"timeout_s": 120}}, 3)
    assert kept == BEFORE  # nothing of the push was applied
    assert report["outcome"] == "refused" and report["version"] == 3
    assert key in report["detail"] and "never pushed" in report["detail"], report


def test_a_push_of_ordinary_settings_is_still_applied(tmp_path: Path) -> None:
    kept, report = sync_pushed(tmp_path, {"idle": {"timeout_s": 120}}, 3)
    assert report["outcome"] == "applied", report
    assert "timeout_s = 120" in kept
