"""The `central` fixture of tests/central/core (SQLite and PostgreSQL), for report tests."""

from tests.central.core.conftest import central, central_db_url, settings

__all__ = ["central", "central_db_url", "settings"]
