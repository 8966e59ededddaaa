"""Stored match reports no longer raise the data version.

A report row is derived data: its inputs are a CV version and a job (both versioned
tables), the month and the engine version (both part of every cached view's key). With
its own triggers, storing a freshly computed report raised the version the view was
just cached under, so every cold view was computed twice. Deleting a job or a CV still
raises the version through their tables, and their reports go with them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_EVENTS = ("insert", "update", "delete")
BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER match_reports_bump_data_version ON match_reports")
        return
    for event in SQLITE_EVENTS:
        op.execute(f"DROP TRIGGER match_reports_{event}_bump_data_version")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE CONSTRAINT TRIGGER match_reports_bump_data_version "
            "AFTER INSERT OR UPDATE OR DELETE ON match_reports "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            "EXECUTE FUNCTION shortlist_bump_data_version()"
        )
        return
    for event in SQLITE_EVENTS:
        op.execute(
            f"CREATE TRIGGER match_reports_{event}_bump_data_version AFTER {event.upper()} "
            f"ON match_reports BEGIN {BUMP}; END"
        )
