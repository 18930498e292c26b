"""The core fixtures (an app on SQLite and on PostgreSQL) for the request tests."""

from __future__ import annotations

from tests.central.core.conftest import central, central_db_url, settings

__all__ = ["central", "central_db_url", "settings"]
