"""The tables, as SQLAlchemy 2 typed declarative models.

Times are stored as naive UTC (SQLite has no time zones; both databases then read back
the same value). The schema is created by migrations/versions, never by create_all; a
test checks the migrations and these models agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "BOOKKEEPING",
    "DATA_VERSION",
    "JOB_STATUSES",
    "MAX_URL_CHARS",
    "Base",
    "CvVersionRow",
    "DocumentRow",
    "InterviewRoundRow",
    "JobRow",
    "MatchReportRow",
    "utc_now",
]

#: A job's place in the pipeline, in the order a search usually moves through them.
#: The longest job link kept (PostgreSQL enforces the column length; SQLite does not).
MAX_URL_CHARS = 2048
JOB_STATUSES = ("saved", "applied", "interviewing", "offer", "rejected", "withdrawn")

# Named constraints so migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    """Now, as the naive UTC the tables store."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


#: Facts about the data rather than the user's data. Export, import and "delete
#: everything" walk Base.metadata only, so they leave these tables alone.
BOOKKEEPING = MetaData(naming_convention=NAMING)

#: One row (id 1) whose ``version`` goes up with every committed write to a table of
#: Base except match_reports (derived data; migration 0003). Database triggers do it
#: (migration 0002), so no write can forget to, and every process sharing the database
#: can tell whether what it computed from it is current. A new table of Base holding
#: the user's data needs the triggers too (see 0002's ``VERSIONED_TABLES``).
DATA_VERSION = Table(
    "data_version",
    BOOKKEEPING,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
)


class DocumentRow(Base):
    """An uploaded file: its original bytes live in the FileStore under ``sha256``."""

    __tablename__ = "documents"
    __table_args__ = (CheckConstraint("kind IN ('cv', 'posting')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    filename: Mapped[str | None] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    extracted_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class CvVersionRow(Base):
    """One version of the CV; the newest is the current one. Never updated in place."""

    __tablename__ = "cv_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("cv_versions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    document: Mapped[DocumentRow | None] = relationship(lazy="joined")


class JobRow(Base):
    """A job being chased: the posting as text and where it came from, and its status."""

    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint(
            "status IN ('saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn')",
            name="status",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(String(300))
    source_url: Mapped[str | None] = mapped_column(String(MAX_URL_CHARS))
    posting_text: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="saved")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    document: Mapped[DocumentRow | None] = relationship(lazy="joined")
    rounds: Mapped[list[InterviewRoundRow]] = relationship(
        order_by="InterviewRoundRow.number",
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class InterviewRoundRow(Base):
    """Interview round ``number`` of a job, with its date once known."""

    __tablename__ = "interview_rounds"
    __table_args__ = (
        UniqueConstraint("job_id", "number", name="uq_interview_rounds_job_id_number"),
        CheckConstraint("number >= 1", name="number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class MatchReportRow(Base):
    """A stored match report for one job and one CV version.

    ``input_hash`` covers everything the report was computed from; when it no longer
    matches, the report is stale and is computed again.
    """

    __tablename__ = "match_reports"
    __table_args__ = (
        UniqueConstraint("job_id", "cv_version_id", name="uq_match_reports_job_id_cv_version_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    cv_version_id: Mapped[int] = mapped_column(
        ForeignKey("cv_versions.id", ondelete="CASCADE"), index=True
    )
    engine_version: Mapped[str] = mapped_column(String(32))
    input_hash: Mapped[str] = mapped_column(String(64))
    score: Mapped[int] = mapped_column(Integer)
    band: Mapped[str] = mapped_column(String(40))
    report_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
