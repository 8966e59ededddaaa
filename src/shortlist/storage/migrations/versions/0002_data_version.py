"""A data version that every committed write raises, kept by triggers.

Processes serving the same database cache views computed from it; reading this one
number tells them whether their copy is still current. Triggers rather than application
code, so that no write path (export import, "delete everything", a test poking a table)
can forget the bump.

SQLite runs each trigger inside the writing statement; its single writer lock already
serialises writes, so nothing new can wait. PostgreSQL runs them as deferred constraint
triggers, at commit: the row lock on ``data_version`` is then taken last, after every
other write of the transaction, so two transactions cannot deadlock over it.

A table rebuilt by a later SQLite batch migration loses its triggers: create them again
there with :func:`create_triggers`.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Every table of the user's data; a write to any of them raises the version.
VERSIONED_TABLES = ("documents", "cv_versions", "jobs", "interview_rounds", "match_reports")
SQLITE_EVENTS = ("insert", "update", "delete")
BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_data_version"),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    create_triggers(VERSIONED_TABLES)


def downgrade() -> None:
    drop_triggers(VERSIONED_TABLES)
    op.drop_table("data_version")


def create_triggers(tables: tuple[str, ...]) -> None:
    """The triggers that raise the data version on every write to ``tables``."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION shortlist_bump_data_version() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN {BUMP}; RETURN NULL; END $$"
        )
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


def drop_triggers(tables: tuple[str, ...]) -> None:
    """Undo :func:`create_triggers`."""
    if op.get_bind().dialect.name == "postgresql":
        for table in tables:
            op.execute(f"DROP TRIGGER {table}_bump_data_version ON {table}")
        op.execute("DROP FUNCTION shortlist_bump_data_version()")
        return
    for table in tables:
        for event in SQLITE_EVENTS:
            op.execute(f"DROP TRIGGER {table}_{event}_bump_data_version")
