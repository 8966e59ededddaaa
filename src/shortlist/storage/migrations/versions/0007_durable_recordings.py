"""Durable recordings: each chunk's digest (a resent chunk is recognised, a different
one refused) and how many times transcription was started (a recording left
transcribing by a crash is picked up again, then given up with its audio kept).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shortlist.storage.migrations.versioning import add_version_triggers

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "recordings",
        sa.Column("chunk_digests", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    op.add_column(
        "recordings",
        sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("recordings", "attempts")
        op.drop_column("recordings", "chunk_digests")
        return
    # SQLite drops a column by rebuilding the table, which loses its triggers.
    with op.batch_alter_table("recordings") as batch:
        batch.drop_column("attempts")
        batch.drop_column("chunk_digests")
    add_version_triggers(("recordings",))
