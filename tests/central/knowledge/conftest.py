"""The demo knowledge base loaded into the root organisation (the `central` fixture comes from
tests/central/conftest.py)."""

from __future__ import annotations

import pytest

from central.models import Organisation
from central.seed.load import load_seed
from tests.central.support import Central


@pytest.fixture
def seeded(central: Central) -> Central:
    """GIVEN the demo articles and templates owned by the root organisation (150000)."""
    with central.database.session() as session:
        org = session.query(Organisation).filter_by(code="root").one()
        load_seed(session, org.id, "test")
    return central
