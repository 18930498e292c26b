"""The core fixtures (an app on SQLite and on PostgreSQL, the test Redis) for session tests."""

from __future__ import annotations

from tests.central.core.conftest import central, central_db_url, redis_url, settings

__all__ = ["central", "central_db_url", "redis_url", "settings"]
