"""Spoken answers: recordings of practice answers, and sessions in voice mode.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shortlist.storage.migrations.versioning import add_version_triggers

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "practice_sessions",
        sa.Column("voice", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("byte_count", sa.BigInteger(), nullable=False),
        sa.Column("decoded_until", sa.Float(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("engine", sa.String(16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("audio_sha256", sa.String(64), nullable=True),
        sa.Column("seconds_taken", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('recording', 'transcribing', 'done', 'failed')",
            name="ck_recordings_status",
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["practice_answers.id"],
            name="fk_recordings_answer_id_practice_answers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_recordings"),
    )
    op.create_index("ix_recordings_answer_id", "recordings", ["answer_id"])
    op.create_index("ix_recordings_audio_sha256", "recordings", ["audio_sha256"])
    add_version_triggers(("recordings",))


def downgrade() -> None:
    op.drop_table("recordings")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("practice_sessions", "voice")
        return
    # SQLite drops a column by rebuilding the table, which loses its triggers.
    with op.batch_alter_table("practice_sessions") as batch:
        batch.drop_column("voice")
    add_version_triggers(("practice_sessions",))
