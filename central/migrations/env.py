"""Alembic environment: the URL comes from the Config object built by central.migrate.

On SQLite, batch migrations rebuild a table by copying it and dropping the original, which a
foreign key from another table would forbid; so migrations run with foreign-key enforcement
off, and a foreign_key_check afterwards proves nothing was left dangling.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text

from central.db import make_engine
from central.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url, "central.migrate sets sqlalchemy.url"

is_sqlite = url.startswith("sqlite")
connectable = create_engine(url) if is_sqlite else make_engine(url)
with connectable.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
    )
    with context.begin_transaction():
        context.run_migrations()
    if is_sqlite:
        dangling = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if dangling:
            raise RuntimeError(f"migration left {len(dangling)} broken foreign key(s)")
connectable.dispose()
