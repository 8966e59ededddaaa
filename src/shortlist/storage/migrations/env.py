"""Alembic environment: runs on the connection Database hands over in config.attributes."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from shortlist.storage.tables import BOOKKEEPING, Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations through shortlist.storage.Database, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=[Base.metadata, BOOKKEEPING],
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
