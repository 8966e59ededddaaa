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
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false

__all__ = [
    "BOOKKEEPING",
    "DATA_VERSION",
    "JOB_STATUSES",
    "MAX_URL_CHARS",
    "QUESTION_ID_CHARS",
    "RECORDING_BYTES_PER_SECOND",
    "Base",
    "CvVersionRow",
    "DocumentRow",
    "InterviewPlanRow",
    "InterviewRoundRow",
    "JobRow",
    "JournalRow",
    "MatchReportRow",
    "PracticeAnswerRow",
    "PracticeSessionRow",
    "RecordingRow",
    "StoryRow",
    "utc_now",
]

#: A job's place in the pipeline, in the order a search usually moves through them.
#: The longest job link kept (PostgreSQL enforces the column length; SQLite does not).
MAX_URL_CHARS = 2048
#: Bytes of a second of recorded audio (16-bit PCM, 16 kHz, mono): a recording's
#: byte_count over this is its length in seconds.
RECORDING_BYTES_PER_SECOND = 32_000
#: Width of a practice question's id (a bank id, or a follow-up's "<id>:f1").
QUESTION_ID_CHARS = 60
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


class JournalRow(Base):
    """What happened in one interview round, written down soon after (one per round).

    ``interviewers`` is a list of {"name", "role"}; ``answers`` a list of {"question",
    "answer"}; ``worst`` an index into ``answers``; ``stories_used`` story ids.
    """

    __tablename__ = "journal_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("interview_rounds.id", ondelete="CASCADE"), unique=True
    )
    interviewers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    answers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    worst: Mapped[int | None] = mapped_column(Integer)
    forgot: Mapped[str] = mapped_column(Text, default="")
    unsatisfied: Mapped[str] = mapped_column(Text, default="")
    stories_used: Mapped[list[int]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    round: Mapped[InterviewRoundRow] = relationship(lazy="joined")


class StoryRow(Base):
    """A STAR story of the user's story bank; ``tags`` is a list of strings."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class InterviewPlanRow(Base):
    """The user's choices for a job's interview plan: the round, who they expect, the
    arrangements and their numbers, and the questions to ask they starred (in order).

    ``personas`` and ``starred_asks`` are lists of strings; ``interviewers`` a list of
    {"name", "role"}. The interview's date lives on its interview round.
    """

    __tablename__ = "interview_plans"
    __table_args__ = (CheckConstraint("round IN ('first', 'second', 'final')", name="round"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), unique=True)
    round: Mapped[str] = mapped_column(String(10), default="second")
    personas: Mapped[list[str]] = mapped_column(JSON, default=list)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    time: Mapped[str | None] = mapped_column(String(5))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str | None] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text, default="")
    interviewers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    recruiter_name: Mapped[str] = mapped_column(String(200), default="")
    task_expected: Mapped[bool] = mapped_column(Boolean, default=False)
    task_brief: Mapped[str] = mapped_column(Text, default="")
    task_notes: Mapped[str] = mapped_column(Text, default="")
    salary_expectation: Mapped[str] = mapped_column(String(200), default="")
    notice_period: Mapped[str] = mapped_column(String(200), default="")
    starred_asks: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class PracticeSessionRow(Base):
    """A mock interview for one job: its round, interviewers, pace, and when it ended."""

    __tablename__ = "practice_sessions"
    __table_args__ = (CheckConstraint("round IN ('first', 'second', 'final')", name="round"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    round: Mapped[str] = mapped_column(String(10))
    personas: Mapped[list[str]] = mapped_column(JSON, default=list)
    seconds_per_question: Mapped[int] = mapped_column(Integer, default=150)
    read_aloud: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Answers are spoken and recorded (the typed box stays available).
    voice: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    seed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    job: Mapped[JobRow] = relationship(lazy="joined")
    items: Mapped[list[PracticeAnswerRow]] = relationship(
        order_by="PracticeAnswerRow.id",
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class PracticeAnswerRow(Base):
    """One question of a practice session and the user's answer to it.

    A follow-up points at the answer it follows (``follows_id``); a retry at the answer
    it retries (``retry_of_id``). ``draft`` is what was typed and autosaved before the
    answer was submitted; ``feedback`` the analysis (core.feedback_json) once it was.
    """

    __tablename__ = "practice_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("practice_sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(QUESTION_ID_CHARS))
    question: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(20))
    competency: Mapped[str | None] = mapped_column(String(30))
    follows_id: Mapped[int | None] = mapped_column(
        ForeignKey("practice_answers.id", ondelete="CASCADE"), index=True
    )
    retry_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("practice_answers.id", ondelete="SET NULL"), index=True
    )
    draft: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    seconds_taken: Mapped[int | None] = mapped_column(Integer)
    overall: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    #: Recordings of this answer, oldest first (the database deletes them with it).
    recordings: Mapped[list[RecordingRow]] = relationship(
        order_by="RecordingRow.id", lazy="selectin", viewonly=True
    )


class RecordingRow(Base):
    """A spoken answer to a practice question: uploaded in chunks while it is recorded,
    transcribed as it arrives, and kept (as a WAV in the FileStore) once finished.

    ``words`` is a list of [text, start, end] (seconds); ``decoded_until`` how far into
    the audio they reach; ``status`` recording, transcribing, done or failed.
    ``chunk_digests`` holds the sha256 of each chunk received, so a resent chunk is known;
    ``attempts`` counts the final transcriptions started (a crash leaves one unfinished).
    While recording, the audio file is authoritative only up to ``byte_count``.
    """

    __tablename__ = "recordings"
    __table_args__ = (
        CheckConstraint("status IN ('recording', 'transcribing', 'done', 'failed')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer_id: Mapped[int] = mapped_column(
        ForeignKey("practice_answers.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="recording")
    chunks: Mapped[int] = mapped_column(Integer, default=0)
    byte_count: Mapped[int] = mapped_column(BigInteger, default=0)
    decoded_until: Mapped[float] = mapped_column(Float, default=0.0)
    words: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    engine: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    audio_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    seconds_taken: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    chunk_digests: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
