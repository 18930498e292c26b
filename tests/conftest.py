"""Suite-wide set-up: Qt renders offscreen; CI=true turns a missing system part into a failure."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Central-service fixtures (central_settings, client, enrol_code) for any test folder.
pytest_plugins = ["tests.central_fixtures"]
