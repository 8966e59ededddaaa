"""Interview preparation: round journals, the story bank and each job's plan choices.

The three tables hold the user's data, so writes to them raise the data version like
the tables of 0002 (PostgreSQL reuses 0002's trigger function).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shortlist.storage.migrations.versioning import add_version_triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("journal_entries", "stories", "interview_plans")


def upgrade() -> None:
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("interviewers", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("worst", sa.Integer(), nullable=True),
        sa.Column("forgot", sa.Text(), nullable=False),
        sa.Column("unsatisfied", sa.Text(), nullable=False),
        sa.Column("stories_used", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["interview_rounds.id"],
            name="fk_journal_entries_round_id_interview_rounds",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_journal_entries"),
        sa.UniqueConstraint("round_id", name="uq_journal_entries_round_id"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_table(
        "interview_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(10), nullable=False),
        sa.Column("personas", sa.JSON(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("time", sa.String(5), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(16), nullable=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("interviewers", sa.JSON(), nullable=False),
        sa.Column("recruiter_name", sa.String(200), nullable=False),
        sa.Column("task_expected", sa.Boolean(), nullable=False),
        sa.Column("task_brief", sa.Text(), nullable=False),
        sa.Column("task_notes", sa.Text(), nullable=False),
        sa.Column("salary_expectation", sa.String(200), nullable=False),
        sa.Column("notice_period", sa.String(200), nullable=False),
        sa.Column("starred_asks", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "round IN ('first', 'second', 'final')", name="ck_interview_plans_round"
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name="fk_interview_plans_job_id_jobs", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_interview_plans"),
        sa.UniqueConstraint("job_id", name="uq_interview_plans_job_id"),
    )
    add_version_triggers(TABLES)


def downgrade() -> None:
    # Dropping a table drops its triggers with it, on both databases.
    for table in reversed(TABLES):
        op.drop_table(table)
