"""The central fixtures of tests/central/core (one app per test, SQLite and PostgreSQL), plus
the demo knowledge base loaded into the root organisation."""

from __future__ import annotations

import pytest

from central.models import Organisation
from central.seed.load import load_seed
from tests.central.core.conftest import central, central_db_url, settings
from tests.central.core.support import Central

__all__ = ["central", "central_db_url", "seeded", "settings"]


@pytest.fixture
def seeded(central: Central) -> Central:
    """GIVEN the demo articles and templates owned by the root organisation (150000)."""
    with central.database.session() as session:
        org = session.query(Organisation).filter_by(code="root").one()
        load_seed(session, org.id, "test")
    return central
