"""Practice sessions: mock interviews and the answers given in them, with feedback.

Both tables hold the user's data, so writes raise the data version (0002's triggers).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shortlist.storage.migrations.versioning import add_version_triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("practice_sessions", "practice_answers")


def upgrade() -> None:
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(10), nullable=False),
        sa.Column("personas", sa.JSON(), nullable=False),
        sa.Column("seconds_per_question", sa.Integer(), nullable=False),
        sa.Column("read_aloud", sa.Boolean(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "round IN ('first', 'second', 'final')", name="ck_practice_sessions_round"
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name="fk_practice_sessions_job_id_jobs", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_practice_sessions"),
    )
    op.create_index("ix_practice_sessions_job_id", "practice_sessions", ["job_id"])
    op.create_table(
        "practice_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(60), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("category", sa.String(20), nullable=True),
        sa.Column("competency", sa.String(30), nullable=True),
        sa.Column("follows_id", sa.Integer(), nullable=True),
        sa.Column("retry_of_id", sa.Integer(), nullable=True),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("seconds_taken", sa.Integer(), nullable=True),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.JSON(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name="fk_practice_answers_session_id_practice_sessions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follows_id"],
            ["practice_answers.id"],
            name="fk_practice_answers_follows_id_practice_answers",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["retry_of_id"],
            ["practice_answers.id"],
            name="fk_practice_answers_retry_of_id_practice_answers",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_practice_answers"),
    )
    for column in ("session_id", "follows_id", "retry_of_id"):
        op.create_index(f"ix_practice_answers_{column}", "practice_answers", [column])
    add_version_triggers(TABLES)


def downgrade() -> None:
    # Dropping a table drops its triggers with it, on both databases.
    for table in reversed(TABLES):
        op.drop_table(table)
