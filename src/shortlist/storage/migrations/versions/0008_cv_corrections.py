"""The user's corrections of how a CV version was read: skills they removed
(cv_removed_skills) and lines they marked as misread (cv_misread_lines). Both raise the
data version, so every view read from the CV is computed again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shortlist.storage.migrations.versioning import add_version_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _version_link(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["cv_version_id"],
        ["cv_versions.id"],
        name=f"fk_{table}_cv_version_id_cv_versions",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "cv_removed_skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cv_version_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _version_link("cv_removed_skills"),
        sa.PrimaryKeyConstraint("id", name="pk_cv_removed_skills"),
        sa.UniqueConstraint(
            "cv_version_id", "skill", name="uq_cv_removed_skills_cv_version_id_skill"
        ),
    )
    op.create_table(
        "cv_misread_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cv_version_id", sa.Integer(), nullable=False),
        sa.Column("line_start", sa.Integer(), nullable=False),
        sa.Column("line_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("line_start >= 0", name="ck_cv_misread_lines_line_start"),
        _version_link("cv_misread_lines"),
        sa.PrimaryKeyConstraint("id", name="pk_cv_misread_lines"),
        sa.UniqueConstraint(
            "cv_version_id", "line_start", name="uq_cv_misread_lines_cv_version_id_line_start"
        ),
    )
    add_version_triggers(("cv_removed_skills", "cv_misread_lines"))


def downgrade() -> None:
    op.drop_table("cv_misread_lines")
    op.drop_table("cv_removed_skills")
