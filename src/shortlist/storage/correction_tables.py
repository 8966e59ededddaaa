"""The user's corrections of how a CV version was read: skills they removed and lines
they marked as misread. Tables of Base like those in tables.py (kept apart only to keep
that module short); the package imports this module, so Base.metadata always has them.

A CV version's text never changes, so a misread line is kept by its offset and its
text: a mark whose text is no longer at its offset (a hand-edited database) is stale,
shown, and applied to nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from shortlist.storage.tables import Base, utc_now

__all__ = ["MAX_SKILL_CHARS", "CvMisreadLineRow", "CvRemovedSkillRow"]

#: The longest skill name kept (a canonical name of the taxonomy is far shorter).
MAX_SKILL_CHARS = 200


class CvRemovedSkillRow(Base):
    """A skill the user says is not theirs: its canonical name, as the CV page shows it."""

    __tablename__ = "cv_removed_skills"
    __table_args__ = (
        UniqueConstraint("cv_version_id", "skill", name="uq_cv_removed_skills_cv_version_id_skill"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cv_version_id: Mapped[int] = mapped_column(ForeignKey("cv_versions.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(MAX_SKILL_CHARS))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class CvMisreadLineRow(Base):
    """A line of the CV the user says was misread: where it starts in the version's text,
    and the line itself (``text[line_start:line_start + len(line_text)]``)."""

    __tablename__ = "cv_misread_lines"
    __table_args__ = (
        UniqueConstraint(
            "cv_version_id", "line_start", name="uq_cv_misread_lines_cv_version_id_line_start"
        ),
        CheckConstraint("line_start >= 0", name="line_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cv_version_id: Mapped[int] = mapped_column(ForeignKey("cv_versions.id", ondelete="CASCADE"))
    line_start: Mapped[int] = mapped_column(Integer)
    line_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
