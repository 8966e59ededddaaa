"""Triggers that raise the data version on every write to a table (migration 0002 made
the version and, on PostgreSQL, the trigger function). Migrations that add tables of the
user's data call :func:`add_version_triggers` for them; dropping a table drops them."""

from __future__ import annotations

from alembic import op

__all__ = ["add_version_triggers"]

SQLITE_EVENTS = ("insert", "update", "delete")
BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"


def add_version_triggers(tables: tuple[str, ...]) -> None:
    """Raise the data version on every insert, update and delete of ``tables``."""
    if op.get_bind().dialect.name == "postgresql":
        for table in tables:
            op.execute(
                f"CREATE CONSTRAINT TRIGGER {table}_bump_data_version "
                f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                "EXECUTE FUNCTION shortlist_bump_data_version()"
            )
        return
    for table in tables:
        for event in SQLITE_EVENTS:
            op.execute(
                f"CREATE TRIGGER {table}_{event}_bump_data_version AFTER {event.upper()} "
                f"ON {table} BEGIN {BUMP}; END"
            )
