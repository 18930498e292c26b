"""The Alembic migrations build exactly the models' schema, and go down and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from central.db import make_engine
from central.migrate import alembic_config, upgrade
from central.models import FULL_TEXT_OBJECTS, FULL_TEXT_TABLE_PREFIX, Base


def _modelled(_obj: object, name: str | None, type_: str, reflected: bool, _to: object) -> bool:
    """Everything but the full-text objects migration 0008 makes outside the models."""
    if not reflected or name is None:
        return True
    if type_ == "table" and name.startswith(FULL_TEXT_TABLE_PREFIX):
        return False
    return name not in FULL_TEXT_OBJECTS


def test_migrations_match_the_models(central_db_url: str) -> None:
    engine = make_engine(central_db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": _modelled})
            diff = compare_metadata(context, Base.metadata)
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
