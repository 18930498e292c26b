"""The Alembic migrations build exactly the models' schema, and go down and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from central.db import make_engine
from central.migrate import alembic_config, upgrade
from central.models import Base


def test_migrations_match_the_models(central_db_url: str) -> None:
    engine = make_engine(central_db_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_downgrade_to_nothing_and_up_again(central_db_url: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(central_db_url), "base")
    engine = make_engine(central_db_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(central_db_url)
        assert "journal_entries" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
