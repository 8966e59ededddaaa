"""Where Shortlist keeps things: SQLAlchemy tables, Alembic migrations, uploaded files."""

from shortlist.storage.db import Database, MissingDriver, default_url
from shortlist.storage.files import FileStore, sha256_of
from shortlist.storage.repository import Repository, read_data_version
from shortlist.storage.tables import (
    JOB_STATUSES,
    MAX_URL_CHARS,
    Base,
    CvVersionRow,
    DocumentRow,
    InterviewPlanRow,
    InterviewRoundRow,
    JobRow,
    JournalRow,
    MatchReportRow,
    PracticeAnswerRow,
    PracticeSessionRow,
    RecordingRow,
    StoryRow,
)

__all__ = [
    "JOB_STATUSES",
    "MAX_URL_CHARS",
    "Base",
    "CvVersionRow",
    "Database",
    "DocumentRow",
    "FileStore",
    "InterviewPlanRow",
    "InterviewRoundRow",
    "JobRow",
    "JournalRow",
    "MatchReportRow",
    "MissingDriver",
    "PracticeAnswerRow",
    "PracticeSessionRow",
    "RecordingRow",
    "Repository",
    "StoryRow",
    "default_url",
    "read_data_version",
    "sha256_of",
]
