"""The Alembic migrations build exactly the models' schema, and go down and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from central.db import make_engine
from central.migrate import alembic_config, upgrade
from central.models import Base

# Search structures migration 0008 writes out in SQL on purpose and the models do not
# describe: SQLite's FTS5 table (and its shadow tables), PostgreSQL's generated tsvector
# columns and their GIN indexes.
_SQL_ONLY = ("knowledge_fts", "ix_knowledge_articles_")


def _described(obj: object, name: str | None, kind: str, reflected: bool, _other: object) -> bool:
    if not reflected or name is None:
        return True
    return not (name.startswith(_SQL_ONLY) or (kind == "column" and name.endswith("_tsv")))


def test_migrations_match_the_models(central_db_url: str) -> None:
    engine = make_engine(central_db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": _described})
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
