"""Alembic environment: the URL comes from the Config object built by central.migrate."""

from __future__ import annotations

from alembic import context

from central.db import make_engine
from central.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url, "central.migrate sets sqlalchemy.url"

connectable = make_engine(url)
with connectable.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
connectable.dispose()
